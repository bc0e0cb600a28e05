package org.threatmesh.rules.builtin.advisory;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.threatmesh.rules.Rule;

/**
 * Advisory rules for SP 800-204 guidance outside the MS-SS bullets (catalog §7), sorted by id. ADV-6 is fully
 * covered by the registry-distribution rule (R204-3.7), ADV-7 by the circuit-breaker rules (R204-6.1a/b) and ADV-8
 * by the sensitive-data-one-hop rule, so they have no rule here.
 */
public final class AdvisoryRules {

    private AdvisoryRules() {
    }

    public static List<Rule> all() {
        return Stream.<Rule>of(
                        new IsolatedMicrogatewayRule(),
                        new MutableGatewayPolicyRule(),
                        new MeshOnlyAuthorizationRule(),
                        new MissingInputValidationRule(),
                        new ClientSideDiscoveryForPublicApiRule())
                .sorted(Comparator.comparing(rule -> rule.metadata().id()))
                .toList();
    }
}
