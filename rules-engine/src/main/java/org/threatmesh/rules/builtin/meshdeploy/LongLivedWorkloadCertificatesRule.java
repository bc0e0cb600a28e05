package org.threatmesh.rules.builtin.meshdeploy;

import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.MeshAttributes;
import org.threatmesh.rules.Reference;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.Stride;
import org.threatmesh.rules.Targets;
import org.threatmesh.rules.builtin.support.AttributeNodeRule;
import org.threatmesh.rules.builtin.support.Meta;

/** SP 800-204A SM-DR13: workload certificates that live longer than {@code maxHours}. */
public final class LongLivedWorkloadCertificatesRule extends AttributeNodeRule<Integer> {

    /** The catalog's default: at most 24 hours (204A asks for "hours"). */
    public static final int DEFAULT_MAX_HOURS = 24;

    private static final RuleMetadata METADATA = Meta.rule("long-lived-workload-certificates")
            .title("Workload certificates live too long")
            .rationale("A stolen workload certificate is usable until it expires; SP 800-204A asks for workload "
                    + "identity certificates to be as short-lived as manageable, ideally hours.")
            .remediation("Shorten the workload certificate lifetime to 24 hours or less and let the mesh rotate "
                    + "them automatically.")
            .severity(Severity.MEDIUM, "longer use of a stolen identity")
            .stride(Stride.S)
            .reference(Reference.SP800_204A, "SM-DR13")
            .cwe(324)
            .targets(Targets.nodes(NodeKind.MESH_CONTROL_PLANE))
            .artefacts("Istio proxy SECRET_TTL", "istiod maximum workload certificate TTL",
                    "SPIRE default_x509_svid_ttl")
            .build();

    private final int maxHours;

    public LongLivedWorkloadCertificatesRule() {
        this(DEFAULT_MAX_HOURS);
    }

    /** @param maxHours the longest acceptable certificate lifetime; one hour more fires */
    public LongLivedWorkloadCertificatesRule(int maxHours) {
        super(METADATA, MeshAttributes.WORKLOAD_CERT_TTL, hours -> hours > maxHours,
                "Shorten certificate lifetime to " + maxHours + " hours", maxHours);
        this.maxHours = maxHours;
    }

    @Override
    protected String message(Node node, Integer value) {
        return "Workload certificates of mesh " + node.name() + " live " + value + " h, more than " + maxHours + " h";
    }
}
