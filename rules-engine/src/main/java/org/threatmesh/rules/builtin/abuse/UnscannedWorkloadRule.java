package org.threatmesh.rules.builtin.abuse;

import java.util.ArrayList;
import java.util.List;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.Fact;
import org.threatmesh.model.attr.Sensitivity;
import org.threatmesh.model.attr.WorkloadAttributes;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.Evidence;
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

/**
 * R204-11.4: uploads that are not scanned for malware, or a workload whose memory and file system nobody scans for
 * resident malware.
 */
public final class UnscannedWorkloadRule implements NodeRule {

    private static final RuleMetadata METADATA = Meta.rule("unscanned-workload")
            .title("Uploads or containers not scanned for malware")
            .rationale("Uploaded files and compromised containers are how malware gets a foothold inside the system; "
                    + "SP 800-204 asks service hosts to scan uploads and every container's memory and file system.")
            .remediation("Scan uploaded files before use and run runtime and file-system scanning on the workload's "
                    + "containers.")
            .severity(Severity.MEDIUM, "malware foothold with a plausible exploit path")
            .stride(Stride.T, Stride.E)
            .strategies(Strategy.MS_SS_11)
            .nist("MS-SS-11#4")
            .catalog("R204-11.4")
            .cwe(434)
            .targets(Targets.nodes(NodeKind.API_SERVERS))
            .artefacts("ClamAV or ICAP scanning sidecar", "Falco", "Trivy file-system scanning")
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Outcome evaluate(Node node, AnalysisContext context) {
        Facts facts = Facts.collect();
        List<Evidence> evidence = new ArrayList<>();
        Fact<Boolean> uploads = facts.of(node, WorkloadAttributes.FILE_UPLOAD);
        if (uploads.is(true) && facts.of(node, WorkloadAttributes.MALWARE_SCAN).is(false)) {
            evidence.add(Evidences.of(node, WorkloadAttributes.FILE_UPLOAD));
            evidence.add(Evidences.of(node, WorkloadAttributes.MALWARE_SCAN));
        }
        if (facts.of(node, WorkloadAttributes.RUNTIME_SCANNING).is(false)) {
            evidence.add(Evidences.of(node, WorkloadAttributes.RUNTIME_SCANNING));
        }
        if (evidence.isEmpty()) {
            return facts.anyUnknown() ? facts.unknownOutcome() : Outcome.PASS;
        }
        String what = evidence.size() == 1 ? " runs without runtime malware scanning"
                : evidence.size() == 2 ? " accepts uploads without malware scanning"
                : " accepts uploads without malware scanning and runs without runtime scanning";
        return Outcome.fire(context.rubric(METADATA.severity(), context.isAtLeast(node, Sensitivity.HIGHLY_SENSITIVE),
                false), () -> node.name() + what, evidence);
    }
}
