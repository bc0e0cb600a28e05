package org.threatmesh.rules.builtin.abac;

import org.threatmesh.model.Node;
import org.threatmesh.model.attr.WorkloadAttributes;
import org.threatmesh.rules.Reference;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.Stride;
import org.threatmesh.rules.builtin.support.AttributeNodeRule;
import org.threatmesh.rules.builtin.support.Meta;

/** SP 800-204B AHLC-SR-3: container root file system is writable. */
public final class WritableRootFilesystemRule extends AttributeNodeRule<Boolean> {

    private static final RuleMetadata METADATA = Meta.rule("writable-root-filesystem")
            .title("Container root file system is writable")
            .rationale("A writable root file system lets an attacker drop tools or change binaries inside the "
                    + "container; SP 800-204B asks for a read-only root file system by default, with exceptions only "
                    + "for writers such as databases, which this rule does not target.")
            .remediation("Set the root file system read-only and mount writable volumes only where the "
                    + "application writes.")
            .severity(Severity.LOW, "hardening item")
            .stride(Stride.T)
            .reference(Reference.SP800_204B, "AHLC-SR-3")
            .targets(ApplicationContainers.TARGETS)
            .artefacts("securityContext.readOnlyRootFilesystem: true")
            .build();

    public WritableRootFilesystemRule() {
        super(METADATA, WorkloadAttributes.READ_ONLY_ROOT_FS, readOnly -> !readOnly,
                "Make the root file system read-only", true);
    }

    @Override
    protected String message(Node node, Boolean value) {
        return node.name() + " runs with a writable root file system";
    }
}
