package org.threatmesh.rules.builtin.mesh;

import java.util.ArrayList;
import java.util.List;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.Fact;
import org.threatmesh.model.attr.RbacPrivilege;
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
 * R204-13.3: a service whose service account is bound to admin roles or may write mesh configuration. Services
 * sharing one service account are SM-DR18's finding.
 */
public final class PrivilegeEscalationPathRule implements NodeRule {

    private static final RuleMetadata METADATA = Meta.rule("service-account-escalation-path")
            .title("Service account opens a privilege-escalation path")
            .rationale("A compromised service whose account holds admin roles, or may rewrite mesh policy, can "
                    + "grant itself any access in the mesh; SP 800-204 warns against configurations that open such "
                    + "paths through role permissions and bindings. Several services sharing one account are "
                    + "reported by SM-DR18.")
            .remediation("Bind each service account to a least-privilege role and keep mesh configuration writable "
                    + "only by platform administrators.")
            .severity(Severity.HIGH, "elevation of privilege inside the mesh")
            .stride(Stride.E)
            .strategies(Strategy.MS_SS_13)
            .nist("MS-SS-13#3")
            .catalog("R204-13.3")
            .cwe(269)
            .targets(Targets.nodes(NodeKind.SERVICE))
            .artefacts("Kubernetes Role and RoleBinding per workload", "one ServiceAccount per workload",
                    "automountServiceAccountToken: false", "Pod Security Admission restricted")
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Outcome evaluate(Node node, AnalysisContext context) {
        Facts facts = Facts.collect();
        List<Evidence> evidence = new ArrayList<>();
        Fact<RbacPrivilege> privilege = facts.of(node, WorkloadAttributes.SERVICE_ACCOUNT_PRIVILEGE);
        if (privilege.isAnyOf(RbacPrivilege.NAMESPACE_ADMIN, RbacPrivilege.CLUSTER_ADMIN)) {
            evidence.add(Evidences.of(node, WorkloadAttributes.SERVICE_ACCOUNT_PRIVILEGE));
        }
        if (facts.of(node, WorkloadAttributes.CAN_WRITE_MESH_CONFIG).is(true)) {
            evidence.add(Evidences.of(node, WorkloadAttributes.CAN_WRITE_MESH_CONFIG));
        }
        if (evidence.isEmpty()) {
            return facts.anyUnknown() ? facts.unknownOutcome() : Outcome.PASS;
        }
        return Outcome.fire(context.rubric(METADATA.severity(), context.isAtLeast(node, Sensitivity.HIGHLY_SENSITIVE),
                false), () -> "The service account of " + node.name() + " can escalate privileges", evidence);
    }
}
