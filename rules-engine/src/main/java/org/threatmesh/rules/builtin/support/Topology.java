package org.threatmesh.rules.builtin.support;

import java.util.List;
import java.util.Optional;
import org.threatmesh.model.Edge;
import org.threatmesh.model.Node;
import org.threatmesh.model.ZoneId;
import org.threatmesh.model.ZoneKind;
import org.threatmesh.model.attr.ClientAuthn;
import org.threatmesh.model.attr.Fact;
import org.threatmesh.model.attr.WorkloadAttributes;
import org.threatmesh.model.attr.ZoneAttributes;
import org.threatmesh.rules.AnalysisContext;

/** Topology questions several built-in rules ask, answered the same way for all of them. */
public final class Topology {

    // Shared: the mesh checks run on every call for a dozen rules, and a fresh fact per answer was 4 % of what a
    // full analysis allocates.
    private static final Fact<Boolean> YES = Fact.known(true);
    private static final Fact<Boolean> NO = Fact.known(false);

    private Topology() {
    }

    /**
     * Whether the node's traffic passes through a mesh proxy. Ingress and egress gateways are mesh proxies
     * themselves. Kinds that cannot carry a mesh mode (datastores, brokers, external nodes and so on) are known to
     * be outside the mesh; for the rest the answer is the node's mesh mode, unknown when that is unknown.
     */
    public static Fact<Boolean> inMesh(Node node, AnalysisContext context) {
        return org.threatmesh.rules.internal.NodeReadings.inMesh(node);
    }

    /**
     * Whether both ends of the call are in the mesh: known false when either end is known to be outside, unknown
     * (and recorded in {@code facts}) when an end's mesh mode is unknown.
     */
    public static Fact<Boolean> bothInMesh(Edge edge, AnalysisContext context, Facts facts) {
        Fact<Boolean> from = context.sourceInMesh(edge);
        Fact<Boolean> to = context.targetInMesh(edge);
        if (from.is(false) || to.is(false)) {
            return NO;
        }
        // The call's end ids, not the nodes': equal ids, and the nodes are rarely cached on large models.
        facts.track(edge.from(), WorkloadAttributes.MESH_MODE, from);
        facts.track(edge.to(), WorkloadAttributes.MESH_MODE, to);
        return from.isKnown() && to.isKnown() ? YES : Fact.unknown();
    }

    /** The Kubernetes namespace the node runs in: its innermost namespace zone's {@code namespace}, else its name. */
    public static Optional<String> namespaceOf(Node node, AnalysisContext context) {
        return namespaceOf(context.zoneChain(node), context);
    }

    /** {@link #namespaceOf(Node, AnalysisContext)} of a node whose enclosing zones are {@code zoneChain}. */
    public static Optional<String> namespaceOf(List<ZoneId> zoneChain, AnalysisContext context) {
        return context.graph().firstOfKind(zoneChain, ZoneKind.NAMESPACE)
                .map(zone -> zone.get(ZoneAttributes.NAMESPACE).asOptional().orElse(zone.name()));
    }

    /**
     * Whether the call comes from outside the system: north-south ({@code ns(e)}), or from a node in a partner or
     * external zone.
     */
    public static boolean isFromOutside(Edge edge, AnalysisContext context) {
        if (context.isNorthSouth(edge)) {
            return true;
        }
        // Indexed, not an iterator: a dozen call rules ask this of every call.
        List<ZoneId> chain = context.sourceZoneChain(edge);
        for (int i = 0; i < chain.size(); i++) {
            if (context.zone(chain.get(i)).kind().isUntrusted()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the credential is a bearer token: whoever holds it can use it. */
    public static boolean isBearerToken(ClientAuthn authn) {
        return switch (authn) {
            case JWT, OAUTH2_CC, OIDC, REFERENCE_TOKEN, SESSION_COOKIE -> true;
            default -> false;
        };
    }

    /** The calls into {@code node}, in edge id order. */
    public static List<Edge> incoming(Node node, AnalysisContext context) {
        return context.callsInto(node.id());
    }

    /** The calls out of {@code node}, in edge id order. */
    public static List<Edge> outgoing(Node node, AnalysisContext context) {
        return context.callsOutOf(node.id());
    }

    /** "Calls from A to B", the phrase messages use to name an edge. */
    public static String calls(Edge edge, AnalysisContext context) {
        return calls(context.source(edge), context.target(edge));
    }

    /** "Calls from A to B" for a call from {@code from} to {@code to}. */
    public static String calls(Node from, Node to) {
        return "Calls from " + from.name() + " to " + to.name();
    }
}
