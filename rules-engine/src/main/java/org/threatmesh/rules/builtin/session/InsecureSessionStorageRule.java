package org.threatmesh.rules.builtin.session;

import java.util.ArrayList;
import java.util.List;
import org.threatmesh.model.Edge;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.EdgeAttributes;
import org.threatmesh.model.attr.Fact;
import org.threatmesh.model.attr.InfrastructureAttributes;
import org.threatmesh.model.attr.Sensitivity;
import org.threatmesh.model.attr.SessionState;
import org.threatmesh.model.attr.TlsMode;
import org.threatmesh.model.attr.WorkloadAttributes;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.Evidence;
import org.threatmesh.rules.NodeRule;
import org.threatmesh.rules.Outcome;
import org.threatmesh.rules.Reach;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.Strategy;
import org.threatmesh.rules.Stride;
import org.threatmesh.rules.Targets;
import org.threatmesh.rules.builtin.support.Evidences;
import org.threatmesh.rules.builtin.support.Facts;
import org.threatmesh.rules.builtin.support.Meta;
import org.threatmesh.rules.builtin.support.Topology;

/**
 * R204-10.1: client session state stored insecurely. On a service or gateway: session state in a shared store
 * without encryption. On a session store: no client authentication, no encryption at rest, or a plaintext call
 * into it. High when the sessions belong to sensitive data; unknown sensitivity is rated as sensitive.
 */
public final class InsecureSessionStorageRule implements NodeRule {

    private static final RuleMetadata METADATA = Meta.rule("insecure-session-storage")
            .title("Client session state stored insecurely")
            .rationale("Session state lets whoever reads or changes it act as the user; SP 800-204 says client "
                    + "session information must be stored securely.")
            .remediation("Keep shared session state in a store that requires authentication, encrypts at rest and "
                    + "is reached only over TLS.")
            .severity(Severity.MEDIUM, "medium; high for sessions over sensitive data")
            .stride(Stride.I, Stride.T)
            .strategies(Strategy.MS_SS_10)
            .nist("MS-SS-10#1")
            .catalog("R204-10.1")
            .cwe(312)
            .targets(Targets.nodes(NodeKind.SERVICE, NodeKind.API_GATEWAY, NodeKind.SESSION_STORE))
            .artefacts("Redis or Valkey with TLS and ACL/AUTH", "encryption at rest",
                    "credentials from a secret store")
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Reach reach() {
        return Reach.NEIGHBOURS;
    }

    @Override
    public Outcome evaluate(Node node, AnalysisContext context) {
        Facts facts = Facts.collect();
        List<Evidence> evidence = new ArrayList<>();
        if (node.kind() == NodeKind.SESSION_STORE) {
            if (facts.of(node, InfrastructureAttributes.AUTH_REQUIRED).is(false)) {
                evidence.add(Evidences.of(node, InfrastructureAttributes.AUTH_REQUIRED));
            }
            if (facts.of(node, InfrastructureAttributes.ENCRYPTION_AT_REST).is(false)) {
                evidence.add(Evidences.of(node, InfrastructureAttributes.ENCRYPTION_AT_REST));
            }
            for (Edge edge : Topology.incoming(node, context)) {
                if (facts.of(edge, EdgeAttributes.TLS).is(TlsMode.NONE)) {
                    evidence.add(Evidences.of(edge, EdgeAttributes.TLS));
                }
            }
        } else {
            Fact<SessionState> state = facts.of(node, WorkloadAttributes.SESSION_STATE);
            if (state.is(SessionState.SHARED_PLAIN)) {
                evidence.add(Evidences.of(node, WorkloadAttributes.SESSION_STATE));
            }
        }
        if (evidence.isEmpty()) {
            return facts.anyUnknown() ? facts.unknownOutcome() : Outcome.PASS;
        }
        Fact<Sensitivity> sensitivity = node.get(WorkloadAttributes.DATA_SENSITIVITY);
        Severity base = sensitivity.matches(s -> s.compareTo(Sensitivity.SENSITIVE) < 0) ? Severity.MEDIUM
                : Severity.HIGH;
        Severity severity = context.rubric(base, context.isAtLeast(node, Sensitivity.HIGHLY_SENSITIVE), false);
        String what = node.kind() == NodeKind.SESSION_STORE ? "Session store " + node.name() + " is not protected"
                : node.name() + " keeps client sessions in a shared store without encryption";
        return Outcome.fire(severity, what, evidence);
    }
}
