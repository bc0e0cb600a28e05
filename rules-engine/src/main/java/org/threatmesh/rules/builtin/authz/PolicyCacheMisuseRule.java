package org.threatmesh.rules.builtin.authz;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.threatmesh.model.Edge;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.*;
import org.threatmesh.rules.*;
import org.threatmesh.rules.builtin.support.Facts;

/** R204-2.2: cached policy data is used as the primary source, or authorization fails open. */
public final class PolicyCacheMisuseRule implements NodeRule {

    public static final String ID = "policy-cache-misuse";

    private static final RuleMetadata METADATA = new RuleMetadata(ID, "Policy cache is primary or authorization fails open",
            "Services may cache policy data only as a fallback while the access server is unavailable, with an "
                    + "expiry suited to the environment; failing open turns an outage into an authorization bypass.",
            "Query the access server first, use the cache only as a bounded fallback and deny when no decision can "
                    + "be made.",
            Severity.LOW, "stale decisions; medium when failing open (over-permissive decisions)",
            EnumSet.of(Stride.E), List.of(Strategy.MS_SS_2),
            List.of(Reference.nist("MS-SS-2#2"), Facts.catalog("R204-2.2"), Reference.cwe(636)),
            Targets.nodes(NodeKind.API_SERVERS),
            List.of("Envoy ext_authz failure_mode_allow: false", "OPA bundle polling with bounded persistence"),
            RuleKind.CHECK, false);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Outcome evaluate(Node node, AnalysisContext context) {
        Facts facts = Facts.collect();
        Fact<Boolean> failOpen = facts.track(node.id(), WorkloadAttributes.AUTHZ_FAIL_OPEN,
                node.get(WorkloadAttributes.AUTHZ_FAIL_OPEN));
        Fact<PolicyCache> cache = facts.track(node.id(), WorkloadAttributes.POLICY_CACHE,
                node.get(WorkloadAttributes.POLICY_CACHE));
        if (failOpen.is(true)) {
            return Outcome.fire(Severity.MEDIUM, () -> node.name() + " allows requests when the access server cannot be "
                    + "reached", List.of(Facts.evidence(node.id(), WorkloadAttributes.AUTHZ_FAIL_OPEN, failOpen),
                            Facts.evidence(node.id(), WorkloadAttributes.POLICY_CACHE, cache)));
        }
        if (cache.is(PolicyCache.PRIMARY)) {
            return Outcome.fire(Severity.LOW, () -> node.name() + " decides from cached policy data even when the access "
                    + "server is available", List.of(Facts.evidence(node.id(), WorkloadAttributes.POLICY_CACHE, cache)));
        }
        if (cache.is(PolicyCache.FALLBACK_ONLY)) {
            facts.track(node.id(), WorkloadAttributes.POLICY_CACHE_TTL, node.get(WorkloadAttributes.POLICY_CACHE_TTL));
        }
        return facts.unknownOrPass();
    }
}
