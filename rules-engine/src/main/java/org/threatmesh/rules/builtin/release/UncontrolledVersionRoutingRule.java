package org.threatmesh.rules.builtin.release;

import java.util.ArrayList;
import java.util.List;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.Fact;
import org.threatmesh.model.attr.ServiceVersion;
import org.threatmesh.model.attr.WorkloadAttributes;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.NodeRule;
import org.threatmesh.rules.Outcome;
import org.threatmesh.rules.Reach;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.Strategy;
import org.threatmesh.rules.Stride;
import org.threatmesh.rules.Targets;
import org.threatmesh.rules.builtin.support.Evidences;
import org.threatmesh.rules.builtin.support.Facts;
import org.threatmesh.rules.builtin.support.Meta;
import org.threatmesh.rules.builtin.support.Severities;
import org.threatmesh.rules.builtin.support.Topology;

/**
 * R204-9.1a: a service running several versions that callers reach directly, with neither a gateway nor the mesh
 * splitting traffic between the versions.
 */
public final class UncontrolledVersionRoutingRule implements NodeRule {

    private static final RuleMetadata METADATA = Meta.rule("versions-reached-directly")
            .title("Versions reached without a central routing point")
            .rationale("When callers reach the versions of a service directly, nobody controls the blue/green "
                    + "switch or watches the canary's risk; SP 800-204 asks for traffic to both versions to pass "
                    + "through a central node such as the API gateway.")
            .remediation("Route the service's traffic through the gateway or the mesh and split it between versions "
                    + "with weighted routes.")
            .severity(Severity.MEDIUM, "uncontrolled cutover is an integrity weakness")
            .stride(Stride.T)
            .strategies(Strategy.MS_SS_9)
            .nist("MS-SS-9#1")
            .catalog("R204-9.1a")
            .targets(Targets.nodes(NodeKind.SERVICE))
            .artefacts("Istio VirtualService weighted routes", "Istio DestinationRule subsets",
                    "Gateway API HTTPRoute backendRefs weight", "Argo Rollouts", "Flagger")
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Reach reach() {
        return Reach.NEIGHBOURS;
    }

    @Override
    public Outcome evaluate(Node node, AnalysisContext context) {
        Facts facts = Facts.collect();
        Fact<List<ServiceVersion>> versions = Versions.multiple(node, facts);
        if (versions.isUnknown()) {
            return facts.unknownOutcome();
        }
        if (versions.value().isEmpty()) {
            return Outcome.NOT_APPLICABLE;
        }
        Fact<Boolean> inMesh = facts.track(node.id(), WorkloadAttributes.MESH_MODE, Topology.inMesh(node, context));
        if (inMesh.is(true)) {
            return Outcome.PASS;
        }
        List<String> direct = new ArrayList<>();
        for (NodeId caller : context.callers(node.id())) {
            if (!context.node(caller).kind().isGateway()) {
                direct.add(context.node(caller).name());
            }
        }
        if (direct.isEmpty()) {
            return Outcome.PASS;
        }
        if (facts.anyUnknown()) {
            return facts.unknownOutcome();
        }
        return Outcome.fire(Severities.forNode(METADATA, node, context), () -> node.name() + " runs " + versions.value().size()
                        + " versions reached directly by " + String.join(", ", direct) + ", with no gateway or mesh "
                        + "routing",
                List.of(Evidences.of(node, WorkloadAttributes.VERSIONS),
                        Evidences.of(node, WorkloadAttributes.MESH_MODE),
                        Evidences.derived(node.id(), "direct callers", direct)));
    }
}
