package org.threatmesh.rules.builtin.mesh;

import java.util.List;
import java.util.Optional;
import org.threatmesh.model.Edge;
import org.threatmesh.model.Node;
import org.threatmesh.model.attr.EdgeAttributes;
import org.threatmesh.model.attr.Fact;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.EdgeRule;
import org.threatmesh.rules.Outcome;
import org.threatmesh.rules.Reach;
import org.threatmesh.rules.Reference;
import org.threatmesh.rules.Remedy;
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

/** R204-13.1a: an in-mesh call whose protocol the mesh has to sniff because nobody declared it. */
public final class UndeclaredProtocolRule implements EdgeRule {

    private static final RuleMetadata METADATA = Meta.rule("undeclared-mesh-protocol")
            .title("Protocol between services not declared to the mesh")
            .rationale("When the protocol between two services is sniffed rather than declared, the mesh cannot "
                    + "enforce a specific protocol for the pair and may apply the wrong policies; SP 800-204 asks "
                    + "for policies that fix the protocol for each pair of services.")
            .remediation("Declare the protocol of every port, for example with appProtocol or a protocol prefix in "
                    + "the port name, and restrict the pair to that port.")
            .severity(Severity.LOW, "hygiene item")
            .stride(Stride.T)
            .strategies(Strategy.MS_SS_13)
            .nist("MS-SS-13#1")
            .catalog("R204-13.1a")
            .reference(Reference.SP800_204A, "SM-DR1")
            .targets(Targets.edges())
            .artefacts("Kubernetes Service ports appProtocol", "Istio port name prefixes",
                    "Istio AuthorizationPolicy to.operation.ports", "Istio Sidecar listeners")
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
    public Optional<Remedy> remedy() {
        return Optional.of(Remedy.set("Declare the protocol", EdgeAttributes.APP_PROTOCOL_DECLARED, true));
    }

    @Override
    public Outcome evaluate(Edge edge, AnalysisContext context) {
        Facts facts = Facts.collect();
        Fact<Boolean> inMesh = Topology.bothInMesh(edge, context, facts);
        if (inMesh.is(false)) {
            return Outcome.NOT_APPLICABLE;
        }
        Fact<Boolean> declared = facts.of(edge, EdgeAttributes.APP_PROTOCOL_DECLARED);
        if (declared.is(true)) {
            return Outcome.PASS;
        }
        if (facts.anyUnknown()) {
            return facts.unknownOutcome();
        }
        // Resolved here so that the message, built when read, does not keep the context alive.
        Node msgFrom = context.source(edge);
        Node msgTo = context.target(edge);
        return Outcome.fire(Severities.forEdge(METADATA, edge, context), () -> Topology.calls(msgFrom, msgTo) + " use a protocol the mesh has to "
                + "sniff", List.of(Evidences.of(edge, EdgeAttributes.APP_PROTOCOL_DECLARED)));
    }
}
