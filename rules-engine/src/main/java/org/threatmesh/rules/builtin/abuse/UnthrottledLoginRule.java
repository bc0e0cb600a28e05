package org.threatmesh.rules.builtin.abuse;

import java.util.List;
import org.threatmesh.model.Edge;
import org.threatmesh.model.Node;
import org.threatmesh.model.attr.EdgeAttributes;
import org.threatmesh.model.attr.Fact;
import org.threatmesh.model.attr.RateLimitKey;
import org.threatmesh.model.attr.Sensitivity;
import org.threatmesh.model.attr.WorkloadAttributes;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.NodeRule;
import org.threatmesh.rules.Outcome;
import org.threatmesh.rules.Reach;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.Strategy;
import org.threatmesh.rules.Stride;
import org.threatmesh.rules.builtin.support.Evidences;
import org.threatmesh.rules.builtin.support.Facts;
import org.threatmesh.rules.builtin.support.Meta;
import org.threatmesh.rules.builtin.support.Topology;

/**
 * R204-11.1a: an internet-reachable login with no attempt threshold, neither its own login throttling nor a
 * per-IP rate limit on a call into it.
 */
public final class UnthrottledLoginRule implements NodeRule {

    private static final RuleMetadata METADATA = Meta.rule("unthrottled-public-login")
            .title("Internet-facing login without attempt throttling")
            .rationale("An unthrottled login lets attackers guess passwords and replay stolen credential lists at "
                    + "machine speed; SP 800-204 asks for a threshold on login attempts per time window and origin "
                    + "that triggers countermeasures at run time.")
            .remediation("Throttle login attempts per origin and account, in the identity provider or with a "
                    + "per-IP rate limit on the login route.")
            .severity(Severity.HIGH, "online guessing and credential stuffing from the internet")
            .stride(Stride.S)
            .strategies(Strategy.MS_SS_11)
            .nist("MS-SS-11#1")
            .catalog("R204-11.1a")
            .cwe(307)
            .targets(LoginTargets.KINDS)
            .artefacts("identity provider brute-force detection", "Kong rate-limiting limit_by ip",
                    "Envoy rate limit descriptor on remote_address", "WAF rate-based rules")
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Reach reach() {
        return Reach.GRAPH;
    }

    @Override
    public java.util.Optional<java.util.Set<org.threatmesh.model.attr.AttributeKey<?>>> graphInputs() {
        return java.util.Optional.of(java.util.Set.of());
    }

    @Override
    public Outcome evaluate(Node node, AnalysisContext context) {
        Facts facts = Facts.collect();
        Fact<Boolean> publicLogin = LoginTargets.isPublicLogin(node, context, facts);
        if (publicLogin.is(false)) {
            return Outcome.NOT_APPLICABLE;
        }
        Fact<Boolean> throttled = facts.of(node, WorkloadAttributes.LOGIN_THROTTLE);
        if (throttled.is(true)) {
            return Outcome.PASS;
        }
        for (Edge edge : Topology.incoming(node, context)) {
            if (facts.of(edge, EdgeAttributes.RATE_LIMITED).is(true)
                    && facts.of(edge, EdgeAttributes.RATE_LIMIT_KEY).is(RateLimitKey.IP)) {
                return Outcome.PASS;
            }
        }
        if (facts.anyUnknown()) {
            return facts.unknownOutcome();
        }
        return Outcome.fire(context.rubric(METADATA.severity(), context.isAtLeast(node, Sensitivity.HIGHLY_SENSITIVE),
                        false), () -> "The login of " + node.name() + " is reachable from the internet without throttling",
                List.of(Evidences.of(node, WorkloadAttributes.LOGIN_ENDPOINT),
                        Evidences.of(node, WorkloadAttributes.LOGIN_THROTTLE),
                        Evidences.derived(node.id(), "reachable from internet", true)));
    }
}
