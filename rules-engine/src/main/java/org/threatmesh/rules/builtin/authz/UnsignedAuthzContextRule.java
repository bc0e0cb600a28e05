package org.threatmesh.rules.builtin.authz;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.threatmesh.model.Edge;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.*;
import org.threatmesh.rules.*;
import org.threatmesh.rules.builtin.support.Facts;

/** R204-2.4: an east-west call carries authorization context in plain headers a non-gateway caller could set. */
public final class UnsignedAuthzContextRule implements EdgeRule {

    public static final String ID = "unsigned-authz-context";

    private static final RuleMetadata METADATA = new RuleMetadata(ID, "Authorization context travels in plain headers",
            "Access decisions should reach services in standardized, platform-neutral tokens; plain headers such as "
                    + "x-user-roles can be set by any caller that reaches the service.",
            "Carry authorization context in a signed internal token validated at every hop, and strip client-"
                    + "supplied identity headers at the edge.",
            Severity.MEDIUM, "header spoofing; high when the destination is reachable without mTLS",
            EnumSet.of(Stride.S, Stride.T, Stride.E), List.of(Strategy.MS_SS_2),
            List.of(Reference.nist("MS-SS-2#4"), Facts.catalog("R204-2.4"), Reference.cwe(290)),
            Targets.edges(),
            List.of("Istio RequestAuthentication at each hop", "Kong jwt-signer",
                    "VirtualService headers.request.remove at the edge"),
            RuleKind.CHECK, false);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Outcome evaluate(Edge edge, AnalysisContext context) {
        // Only services, gateways and identity components consume authorization context; stores, brokers and
        // monitoring do not, so calls into them cannot misuse it.
        if (!context.isEastWest(edge) || !NodeKind.API_SERVERS.contains(context.targetKind(edge))) {
            return Outcome.NOT_APPLICABLE;
        }
        Fact<AuthzContext> carried = edge.get(EdgeAttributes.AUTHZ_CONTEXT);
        if (carried.isUnknown()) {
            return Outcome.unknown(edge.id(), EdgeAttributes.AUTHZ_CONTEXT);
        }
        if (!carried.is(AuthzContext.PLAIN_HEADERS)) {
            return Outcome.PASS;
        }
        Fact<TlsMode> tls = edge.get(EdgeAttributes.TLS);
        // Unknown transport cannot lower the severity: only proven mTLS keeps it at medium.
        Severity severity = tls.is(TlsMode.MTLS) ? Severity.MEDIUM : Severity.HIGH;
        // Resolved here so that the message, built when read, does not keep the context alive.
        Node msgFrom = context.source(edge);
        Node msgTo = context.target(edge);
        return Outcome.fire(severity, () -> msgFrom.name() + " passes authorization context to "
                + msgTo.name() + " in plain headers",
                List.of(Facts.evidence(edge.id(), EdgeAttributes.AUTHZ_CONTEXT, carried),
                        Facts.evidence(edge.id(), EdgeAttributes.TLS, tls)));
    }
}
