package org.threatmesh.rules.builtin.meshdeploy;

import java.util.List;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.Fact;
import org.threatmesh.model.attr.InfrastructureAttributes;
import org.threatmesh.model.attr.MonitoringRole;
import org.threatmesh.model.attr.WorkloadAttributes;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.NodeRule;
import org.threatmesh.rules.Outcome;
import org.threatmesh.rules.Reach;
import org.threatmesh.rules.Reference;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.Stride;
import org.threatmesh.rules.Targets;
import org.threatmesh.rules.builtin.support.Evidences;
import org.threatmesh.rules.builtin.support.Facts;
import org.threatmesh.rules.builtin.support.Meta;
import org.threatmesh.rules.builtin.support.Severities;
import org.threatmesh.rules.builtin.support.Topology;

/**
 * SP 800-204A SM-DR24: in a model with distributed tracing, an in-mesh service that drops the trace headers it
 * receives. Without a tracing node the rule does not apply.
 */
public final class TraceHeadersDroppedRule implements NodeRule {

    private static final RuleMetadata METADATA = Meta.rule("trace-headers-not-propagated")
            .title("Service breaks distributed traces")
            .rationale("The mesh can start and report spans, but only the application can carry trace headers from "
                    + "an inbound request to its outbound calls; a service that drops them breaks every trace "
                    + "through it, which hides the path of an attack. SP 800-204A says applications must propagate "
                    + "the trace headers they receive.")
            .remediation("Propagate the trace context headers (W3C traceparent or B3) from inbound to outbound "
                    + "requests, for example with OpenTelemetry instrumentation.")
            .severity(Severity.LOW, "observability gap")
            .stride(Stride.R)
            .reference(Reference.SP800_204A, "SM-DR24")
            .targets(Targets.nodes(NodeKind.SERVICE))
            .artefacts("OpenTelemetry context propagation", "W3C traceparent or B3 headers")
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Reach reach() {
        return Reach.GRAPH;
    }

    @Override
    public java.util.Optional<java.util.Set<org.threatmesh.model.attr.AttributeKey<?>>> graphInputs() {
        return java.util.Optional.of(java.util.Set.of(org.threatmesh.model.attr.InfrastructureAttributes.MONITORING_ROLE));
    }

    @Override
    public Outcome evaluate(Node node, AnalysisContext context) {
        boolean tracing = context.nodesOfKind(NodeKind.MONITORING).stream()
                .anyMatch(m -> m.get(InfrastructureAttributes.MONITORING_ROLE).is(MonitoringRole.TRACING));
        if (!tracing) {
            return Outcome.NOT_APPLICABLE;
        }
        Facts facts = Facts.collect();
        Fact<Boolean> inMesh = facts.track(node.id(), WorkloadAttributes.MESH_MODE, Topology.inMesh(node, context));
        if (inMesh.is(false)) {
            return Outcome.NOT_APPLICABLE;
        }
        Fact<Boolean> propagates = facts.of(node, WorkloadAttributes.PROPAGATES_TRACE_HEADERS);
        if (propagates.is(true)) {
            return Outcome.PASS;
        }
        if (facts.anyUnknown()) {
            return facts.unknownOutcome();
        }
        return Outcome.fire(Severities.forNode(METADATA, node, context), () -> node.name() + " does not propagate trace headers",
                List.of(Evidences.of(node, WorkloadAttributes.PROPAGATES_TRACE_HEADERS)));
    }
}
