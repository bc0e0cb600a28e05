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

/** SP 800-204A SM-DR14: connections outlive identity rotation. */
public final class ConnectionsOutliveRotationRule extends AttributeNodeRule<Boolean> {

    private static final RuleMetadata METADATA = Meta.rule("connections-outlive-rotation")
            .title("Connections outlive identity rotation")
            .rationale("Long-lived connections keep using a certificate after it has been rotated or revoked, so "
                    + "rotation does not cut off a compromised identity; SP 800-204A asks proxies to retire old "
                    + "connections and reconnect with the new certificate.")
            .remediation("Set a maximum connection age or drain connections when workload certificates rotate.")
            .severity(Severity.LOW, "operational item; shortens the life of a revoked identity")
            .stride(Stride.S)
            .reference(Reference.SP800_204A, "SM-DR14")
            .targets(Targets.nodes(NodeKind.MESH_CONTROL_PLANE))
            .artefacts("Envoy max_connection_duration",
                    "Istio DestinationRule connectionPool.http.maxRequestsPerConnection")
            .build();

    public ConnectionsOutliveRotationRule() {
        super(METADATA, MeshAttributes.CONNECTION_MAX_AGE, bounded -> !bounded, "Bound connection age", true);
    }

    @Override
    protected String message(Node node, Boolean value) {
        return "Connections in mesh " + node.name() + " outlive certificate rotation";
    }
}
