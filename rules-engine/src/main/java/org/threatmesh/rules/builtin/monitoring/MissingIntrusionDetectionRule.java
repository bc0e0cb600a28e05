package org.threatmesh.rules.builtin.monitoring;

import java.util.ArrayList;
import java.util.List;
import org.threatmesh.model.ModelId;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.Fact;
import org.threatmesh.model.attr.InfrastructureAttributes;
import org.threatmesh.model.attr.MonitoringRole;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.Evidence;
import org.threatmesh.rules.ModelRule;
import org.threatmesh.rules.Outcome;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.Strategy;
import org.threatmesh.rules.Stride;
import org.threatmesh.rules.Targets;
import org.threatmesh.rules.builtin.support.Evidences;
import org.threatmesh.rules.builtin.support.Facts;
import org.threatmesh.rules.builtin.support.Meta;

/**
 * R204-5.3: no IDS watches east-west traffic, or no monitoring compares behaviour with a baseline. Either gap
 * fires; both are reported in one finding. A model without services has no east-west traffic to watch.
 */
public final class MissingIntrusionDetectionRule implements ModelRule {

    private static final RuleMetadata METADATA = Meta.rule("no-east-west-intrusion-detection")
            .title("No east-west intrusion detection against a baseline")
            .rationale("Lateral movement between services is silent unless IDS nodes see east-west segments and "
                    + "deviations from a baseline of normal behaviour are flagged; SP 800-204 asks for both.")
            .remediation("Place an IDS or runtime sensor on the cluster's east-west segments and baseline normal "
                    + "service-to-service behaviour so that deviations alert.")
            .severity(Severity.MEDIUM, "detection gap: lateral movement is silent")
            .stride(Stride.R)
            .strategies(Strategy.MS_SS_5)
            .nist("MS-SS-5#3")
            .catalog("R204-5.3")
            .targets(Targets.model())
            .artefacts("Zeek or Suricata on cluster segments", "Falco", "Tetragon", "service-graph baselining")
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public java.util.Optional<java.util.Set<org.threatmesh.model.attr.AttributeKey<?>>> graphInputs() {
        return java.util.Optional.of(java.util.Set.of(org.threatmesh.model.attr.InfrastructureAttributes.MONITORING_ROLE, org.threatmesh.model.attr.InfrastructureAttributes.COVERS_EAST_WEST, org.threatmesh.model.attr.InfrastructureAttributes.BASELINE));
    }

    @Override
    public Outcome evaluate(AnalysisContext context) {
        if (context.nodesOfKind(NodeKind.SERVICE).isEmpty()) {
            return Outcome.NOT_APPLICABLE;
        }
        Facts idsFacts = Facts.collect();
        Facts baselineFacts = Facts.collect();
        boolean eastWestIds = false;
        boolean baseline = false;
        for (Node node : context.nodesOfKind(NodeKind.MONITORING)) {
            Fact<MonitoringRole> role = idsFacts.of(node, InfrastructureAttributes.MONITORING_ROLE);
            if (role.is(MonitoringRole.IDS)) {
                eastWestIds |= idsFacts.of(node, InfrastructureAttributes.COVERS_EAST_WEST).is(true);
            }
            baseline |= baselineFacts.of(node, InfrastructureAttributes.BASELINE).is(true);
        }
        List<Evidence> gaps = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> unknowns = new ArrayList<>();
        if (!eastWestIds) {
            if (idsFacts.anyUnknown()) {
                unknowns.addAll(idsFacts.unknowns());
            } else {
                gaps.add(Evidences.derived(ModelId.MODEL, "IDS covering east-west traffic", "none"));
                missing.add("no IDS watches east-west traffic");
            }
        }
        if (!baseline) {
            if (baselineFacts.anyUnknown()) {
                unknowns.addAll(baselineFacts.unknowns());
            } else {
                gaps.add(Evidences.derived(ModelId.MODEL, "monitoring with a behaviour baseline", "none"));
                missing.add("no monitoring keeps a baseline of normal behaviour");
            }
        }
        if (!gaps.isEmpty()) {
            String message = String.join(" and ", missing);
            return Outcome.fire(METADATA.severity(), () -> Character.toUpperCase(message.charAt(0)) + message.substring(1),
                    gaps);
        }
        return unknowns.isEmpty() ? Outcome.PASS : Outcome.unknown(unknowns);
    }
}
