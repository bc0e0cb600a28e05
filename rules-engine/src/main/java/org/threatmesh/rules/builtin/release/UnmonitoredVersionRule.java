package org.threatmesh.rules.builtin.release;

import java.util.List;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.Fact;
import org.threatmesh.model.attr.ServiceVersion;
import org.threatmesh.model.attr.WorkloadAttributes;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.NodeRule;
import org.threatmesh.rules.Outcome;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.Strategy;
import org.threatmesh.rules.Stride;
import org.threatmesh.rules.Targets;
import org.threatmesh.rules.builtin.support.Evidences;
import org.threatmesh.rules.builtin.support.Facts;
import org.threatmesh.rules.builtin.support.Meta;
import org.threatmesh.rules.builtin.support.Severities;

/** R204-9.1b: a deployed version whose hosts security monitoring does not cover. */
public final class UnmonitoredVersionRule implements NodeRule {

    private static final RuleMetadata METADATA = Meta.rule("unmonitored-version")
            .title("Service version not covered by security monitoring")
            .rationale("New code that runs unobserved can misbehave or be exploited without anyone noticing; "
                    + "SP 800-204 says security monitoring must cover the hosts of both the current and the new "
                    + "version.")
            .remediation("Apply the same security telemetry to every version, for example per version label or "
                    + "subset.")
            .severity(Severity.MEDIUM, "detection gap on new code")
            .stride(Stride.R)
            .strategies(Strategy.MS_SS_9)
            .nist("MS-SS-9#1")
            .catalog("R204-9.1b")
            .cwe(778)
            .targets(Targets.nodes(NodeKind.SERVICE))
            .artefacts("Istio Telemetry per version label", "Prometheus scrape of every subset")
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Outcome evaluate(Node node, AnalysisContext context) {
        Facts facts = Facts.collect();
        Fact<List<ServiceVersion>> versions = facts.of(node, WorkloadAttributes.VERSIONS);
        if (versions.isUnknown()) {
            return facts.unknownOutcome();
        }
        List<String> unmonitored = versions.value().stream().filter(v -> !v.monitored()).map(ServiceVersion::id)
                .toList();
        if (unmonitored.isEmpty()) {
            return Outcome.PASS;
        }
        return Outcome.fire(Severities.forNode(METADATA, node, context), () -> "Version " + String.join(", ", unmonitored) + " of " + node.name()
                + " runs without security monitoring", List.of(Evidences.of(node, WorkloadAttributes.VERSIONS)));
    }
}
