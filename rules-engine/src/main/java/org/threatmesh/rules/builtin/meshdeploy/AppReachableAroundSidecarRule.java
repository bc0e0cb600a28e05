package org.threatmesh.rules.builtin.meshdeploy;

import java.util.List;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.Fact;
import org.threatmesh.model.attr.MeshAttributes;
import org.threatmesh.model.attr.MeshMode;
import org.threatmesh.model.attr.PeerAuthMode;
import org.threatmesh.model.attr.Sensitivity;
import org.threatmesh.model.attr.WorkloadAttributes;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.NodeRule;
import org.threatmesh.rules.Outcome;
import org.threatmesh.rules.Reference;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.Stride;
import org.threatmesh.rules.Targets;
import org.threatmesh.rules.builtin.support.Evidences;
import org.threatmesh.rules.builtin.support.Facts;
import org.threatmesh.rules.builtin.support.Meta;

/**
 * SP 800-204A SM-DR6: a sidecar-mode service whose application listens beyond loopback, or a mesh whose default
 * peer authentication is not STRICT. Either lets callers talk to applications without going through mTLS.
 */
public final class AppReachableAroundSidecarRule implements NodeRule {

    private static final RuleMetadata METADATA = Meta.rule("app-reachable-around-sidecar")
            .title("Application reachable without proxy-to-proxy mTLS")
            .rationale("The mesh protects a service only if the application talks to its own proxy over loopback and "
                    + "proxies talk to each other only over mTLS; an application listening on other interfaces, or "
                    + "a mesh accepting plaintext, can be called around every mesh policy. SP 800-204A SM-DR6 asks "
                    + "for both.")
            .remediation("Bind applications to loopback behind their sidecar and set mesh-wide peer authentication "
                    + "to STRICT.")
            .severity(Severity.HIGH, "authentication bypass on east-west traffic")
            .stride(Stride.S, Stride.I)
            .reference(Reference.SP800_204A, "SM-DR6")
            .cwe(923)
            .targets(Targets.nodes(NodeKind.SERVICE, NodeKind.MESH_CONTROL_PLANE))
            .artefacts("Istio PeerAuthentication STRICT", "application bound to 127.0.0.1",
                    "Kubernetes NetworkPolicy admitting only the proxy port")
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Outcome evaluate(Node node, AnalysisContext context) {
        Facts facts = Facts.collect();
        if (node.kind() == NodeKind.MESH_CONTROL_PLANE) {
            Fact<PeerAuthMode> mode = facts.of(node, MeshAttributes.PEER_AUTH_DEFAULT);
            if (mode.isUnknown()) {
                return facts.unknownOutcome();
            }
            return mode.value() == PeerAuthMode.STRICT ? Outcome.PASS
                    : Outcome.fire(METADATA.severity(), () -> "Mesh " + node.name() + " accepts calls without mTLS (peer "
                            + "authentication " + Evidences.wire(mode.value()) + ")",
                    List.of(Evidences.of(node, MeshAttributes.PEER_AUTH_DEFAULT)));
        }
        Fact<MeshMode> mode = facts.of(node, WorkloadAttributes.MESH_MODE);
        if (mode.isKnown() && mode.value() != MeshMode.SIDECAR) {
            return Outcome.NOT_APPLICABLE;
        }
        Fact<Boolean> loopback = facts.of(node, WorkloadAttributes.APP_BINDS_LOOPBACK);
        if (loopback.is(true)) {
            return Outcome.PASS;
        }
        if (facts.anyUnknown()) {
            return facts.unknownOutcome();
        }
        return Outcome.fire(context.rubric(METADATA.severity(), context.isAtLeast(node, Sensitivity.HIGHLY_SENSITIVE),
                        false), () -> "The application of " + node.name() + " listens beyond loopback, around its sidecar",
                List.of(Evidences.of(node, WorkloadAttributes.MESH_MODE),
                        Evidences.of(node, WorkloadAttributes.APP_BINDS_LOOPBACK)));
    }
}
