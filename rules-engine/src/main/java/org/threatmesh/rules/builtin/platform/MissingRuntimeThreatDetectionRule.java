package org.threatmesh.rules.builtin.platform;

import org.threatmesh.model.attr.ModelAttributes;
import org.threatmesh.rules.Reference;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.Stride;
import org.threatmesh.rules.Targets;
import org.threatmesh.rules.builtin.support.AttributeModelRule;
import org.threatmesh.rules.builtin.support.Meta;

/** SP 800-204C §4.2: no runtime threat detection watches the orchestration platform. */
public final class MissingRuntimeThreatDetectionRule extends AttributeModelRule<Boolean> {

    private static final RuleMetadata METADATA = Meta.rule("missing-runtime-threat-detection")
            .title("No runtime threat detection on the platform")
            .rationale("Container escapes, unexpected processes and file changes happen at run time, after every "
                    + "pipeline check; SP 800-204C calls for a runtime threat-detection tool on the orchestration "
                    + "platform.")
            .remediation("Run a runtime threat-detection sensor on every node and route its alerts to the SIEM.")
            .severity(Severity.MEDIUM, "detection gap for attacks on running workloads")
            .stride(Stride.R, Stride.E)
            .reference(Reference.SP800_204C, "§4.2")
            .cwe(778)
            .targets(Targets.model())
            .artefacts("Falco", "Tetragon")
            .build();

    public MissingRuntimeThreatDetectionRule() {
        super(METADATA, ModelAttributes.RUNTIME_THREAT_DETECTION, present -> !present,
                "No runtime threat-detection tool watches the orchestration platform");
    }
}
