package org.threatmesh.rules.builtin.resilience;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.threatmesh.rules.Rule;

/** The MS-SS-6 and MS-SS-7 rules (circuit breakers, retries, load balancing), sorted by id. */
public final class ResilienceRules {

    private ResilienceRules() {
    }

    public static List<Rule> all() {
        return Stream.<Rule>of(
                        new MissingCircuitBreakerRule(),
                        new ClientSideCircuitBreakerRule(),
                        new UnboundedRetriesRule(),
                        new PerRequestHealthCheckRule(),
                        new UnprotectedLoadBalancerLinkRule(),
                        new UnhealthyDnsAnswersRule())
                .sorted(Comparator.comparing(rule -> rule.metadata().id()))
                .toList();
    }
}
