package org.threatmesh.rules.builtin.release;

import java.util.List;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.Fact;
import org.threatmesh.model.attr.ServiceVersion;
import org.threatmesh.model.attr.VersionSelection;
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

/**
 * R204-9.4: a multi-version service whose clients cannot choose a version. The catalog calls this a design-review
 * item; the model records the choice in {@code versionSelection}, so it is checked rather than attested.
 */
public final class NoVersionSelectionRule implements NodeRule {

    private static final RuleMetadata METADATA = Meta.rule("no-client-version-selection")
            .title("Clients cannot choose a version during a canary")
            .rationale("Clients that are not ready for a new version are pushed onto it anyway when the canary "
                    + "design ignores their preference; SP 800-204 asks that client preference for the old or new "
                    + "version be taken into account.")
            .remediation("Let clients select a version by header or cookie while both versions run.")
            .severity(Severity.LOW, "informational design input")
            .stride(Stride.D)
            .strategies(Strategy.MS_SS_9)
            .nist("MS-SS-9#4")
            .catalog("R204-9.4")
            .targets(Targets.nodes(NodeKind.SERVICE))
            .artefacts("Istio VirtualService match.headers", "Gateway API HTTPRoute header matches")
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Outcome evaluate(Node node, AnalysisContext context) {
        Facts facts = Facts.collect();
        Fact<List<ServiceVersion>> versions = Versions.multiple(node, facts);
        if (versions.matches(List::isEmpty)) {
            return Outcome.NOT_APPLICABLE;
        }
        Fact<VersionSelection> selection = facts.of(node, WorkloadAttributes.VERSION_SELECTION);
        if (selection.isAnyOf(VersionSelection.HEADER, VersionSelection.COOKIE)) {
            return Outcome.PASS;
        }
        if (facts.anyUnknown()) {
            return facts.unknownOutcome();
        }
        return Outcome.fire(Severities.forNode(METADATA, node, context), () -> "Clients of " + node.name() + " cannot choose between its versions",
                List.of(Evidences.of(node, WorkloadAttributes.VERSIONS),
                        Evidences.of(node, WorkloadAttributes.VERSION_SELECTION)));
    }
}
