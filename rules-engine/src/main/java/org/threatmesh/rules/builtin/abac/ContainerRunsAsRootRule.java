package org.threatmesh.rules.builtin.abac;

import org.threatmesh.model.Node;
import org.threatmesh.model.attr.WorkloadAttributes;
import org.threatmesh.rules.Reference;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.Stride;
import org.threatmesh.rules.builtin.support.AttributeNodeRule;
import org.threatmesh.rules.builtin.support.Meta;

/** SP 800-204B AHLC-SR-1: container runs as root. */
public final class ContainerRunsAsRootRule extends AttributeNodeRule<Boolean> {

    private static final RuleMetadata METADATA = Meta.rule("container-runs-as-root")
            .title("Container runs as root")
            .rationale("A process running as root inside a container needs only one kernel or runtime flaw to "
                    + "become root on the node; SP 800-204B asks that containers not run as root.")
            .remediation("Run the containers as a non-root user and enforce it with Pod Security Admission.")
            .severity(Severity.MEDIUM, "container escape becomes node compromise")
            .stride(Stride.E)
            .reference(Reference.SP800_204B, "AHLC-SR-1")
            .reference(Reference.SP800_204C, "§4.4 Table 1")
            .cwe(250)
            .targets(ApplicationContainers.TARGETS)
            .artefacts("securityContext.runAsNonRoot: true", "Pod Security Admission restricted")
            .build();

    public ContainerRunsAsRootRule() {
        super(METADATA, WorkloadAttributes.RUNS_AS_ROOT, root -> root, "Run as a non-root user", false);
    }

    @Override
    protected String message(Node node, Boolean value) {
        return node.name() + " runs its containers as root";
    }
}
