package org.threatmesh.rules.builtin.session;

import java.util.ArrayList;
import java.util.List;
import org.threatmesh.model.Edge;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.AttributeKey;
import org.threatmesh.model.attr.EdgeAttributes;
import org.threatmesh.model.attr.Fact;
import org.threatmesh.model.attr.Sensitivity;
import org.threatmesh.model.attr.SessionAffinity;
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
 * R204-10.2: a sticky-session cookie that is not Secure, not HttpOnly or not opaque, or that reaches the workload
 * over a plaintext call.
 */
public final class ExposedAffinityCookieRule implements NodeRule {

    private static final List<AttributeKey<Boolean>> FLAGS = List.of(WorkloadAttributes.AFFINITY_COOKIE_SECURE,
            WorkloadAttributes.AFFINITY_COOKIE_HTTP_ONLY, WorkloadAttributes.AFFINITY_COOKIE_OPAQUE);

    private static final RuleMetadata METADATA = Meta.rule("unprotected-affinity-cookie")
            .title("Sticky-session cookie not protected")
            .rationale("The sticky cookie names the instance that serves a session; if it can be read, changed or "
                    + "decoded, an attacker can steer requests to chosen instances and learn the topology. "
                    + "SP 800-204 says the artefact carrying the bound-server information must be protected.")
            .remediation("Make the affinity cookie Secure, HttpOnly and an opaque hash, and send it only over TLS.")
            .severity(Severity.MEDIUM, "routing manipulation and topology disclosure")
            .stride(Stride.T, Stride.I)
            .strategies(Strategy.MS_SS_10)
            .nist("MS-SS-10#2")
            .catalog("R204-10.2")
            .cwe(614)
            .targets(Targets.nodes(NodeKind.SERVICE, NodeKind.API_GATEWAY))
            .artefacts("Istio DestinationRule loadBalancer.consistentHash.httpCookie",
                    "Envoy Gateway BackendTrafficPolicy loadBalancer consistentHash cookie",
                    "Kong upstream hash_on cookie")
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
        Fact<SessionAffinity> affinity = facts.of(node, WorkloadAttributes.SESSION_AFFINITY);
        if (affinity.isUnknown()) {
            return facts.unknownOutcome();
        }
        if (affinity.value() != SessionAffinity.COOKIE) {
            return Outcome.NOT_APPLICABLE;
        }
        List<Evidence> evidence = new ArrayList<>();
        for (AttributeKey<Boolean> flag : FLAGS) {
            if (facts.of(node, flag).is(false)) {
                evidence.add(Evidences.of(node, flag));
            }
        }
        for (Edge edge : Topology.incoming(node, context)) {
            if (facts.of(edge, EdgeAttributes.TLS).is(TlsMode.NONE)) {
                evidence.add(Evidences.of(edge, EdgeAttributes.TLS));
            }
        }
        if (evidence.isEmpty()) {
            return facts.anyUnknown() ? facts.unknownOutcome() : Outcome.PASS;
        }
        evidence.add(0, Evidences.of(node, WorkloadAttributes.SESSION_AFFINITY));
        return Outcome.fire(context.rubric(METADATA.severity(), context.isAtLeast(node, Sensitivity.HIGHLY_SENSITIVE),
                false), () -> "The sticky-session cookie of " + node.name() + " is not protected", evidence);
    }
}
