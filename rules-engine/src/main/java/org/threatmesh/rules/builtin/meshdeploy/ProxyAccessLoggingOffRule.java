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

/** SP 800-204A SM-DR22: mesh proxies write no access logs. */
public final class ProxyAccessLoggingOffRule extends AttributeNodeRule<Boolean> {

    private static final RuleMetadata METADATA = Meta.rule("proxy-access-logging-off")
            .title("Mesh proxies write no access logs")
            .rationale("Without access logs there is no record of which requests reached which service, irregular "
                    + "responses go unseen and authorization enforcement cannot be evidenced; SP 800-204A SM-DR22 "
                    + "asks for at least Common Log Format fields for irregular requests and SP 800-204B EUAZ-SR-2 "
                    + "asks the sidecar to log every request. This rule checks both, so EUAZ-SR-2 has no rule of its "
                    + "own.")
            .remediation("Enable proxy access logging with identity and trace fields, masking bearer tokens.")
            .severity(Severity.MEDIUM, "detection and accountability gap")
            .stride(Stride.R)
            .reference(Reference.SP800_204A, "SM-DR22")
            .reference(Reference.SP800_204B, "EUAZ-SR-2")
            .cwe(778)
            .targets(Targets.nodes(NodeKind.MESH_CONTROL_PLANE))
            .artefacts("Istio Telemetry accessLogging", "Envoy access log format with trace and identity fields")
            .build();

    public ProxyAccessLoggingOffRule() {
        super(METADATA, MeshAttributes.ACCESS_LOGGING, logging -> !logging, "Turn on proxy access logging", true);
    }

    @Override
    protected String message(Node node, Boolean value) {
        return "The proxies of mesh " + node.name() + " write no access logs";
    }
}
