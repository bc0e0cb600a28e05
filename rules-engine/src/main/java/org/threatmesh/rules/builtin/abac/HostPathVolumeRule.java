package org.threatmesh.rules.builtin.abac;

import org.threatmesh.model.Node;
import org.threatmesh.model.attr.WorkloadAttributes;
import org.threatmesh.rules.Reference;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.Stride;
import org.threatmesh.rules.builtin.support.AttributeNodeRule;
import org.threatmesh.rules.builtin.support.Meta;

/** SP 800-204B AHLC-SR-2: pod mounts a hostPath volume. */
public final class HostPathVolumeRule extends AttributeNodeRule<Boolean> {

    private static final RuleMetadata METADATA = Meta.rule("host-path-volume")
            .title("Pod mounts a hostPath volume")
            .rationale("A hostPath volume exposes the node's file system to the pod, a common step from a "
                    + "compromised container to the node; SP 800-204B asks that hostPath volumes not be used.")
            .remediation("Replace hostPath volumes with persistent volumes, config maps or projected volumes, "
                    + "and forbid hostPath by admission policy.")
            .severity(Severity.MEDIUM, "path from container to node")
            .stride(Stride.E, Stride.T)
            .reference(Reference.SP800_204B, "AHLC-SR-2")
            .cwe(668)
            .targets(ApplicationContainers.TARGETS)
            .artefacts("Pod Security Admission baseline", "Kyverno or Gatekeeper policy forbidding hostPath")
            .build();

    public HostPathVolumeRule() {
        super(METADATA, WorkloadAttributes.HOST_PATH_VOLUMES, mounted -> mounted, "Remove hostPath volumes", false);
    }

    @Override
    protected String message(Node node, Boolean value) {
        return node.name() + " mounts hostPath volumes";
    }
}
