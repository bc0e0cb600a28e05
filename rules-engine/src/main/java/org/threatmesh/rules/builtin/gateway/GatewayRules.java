package org.threatmesh.rules.builtin.gateway;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.threatmesh.rules.Rule;

/** The MS-SS-12 API gateway configuration rules, sorted by id. */
public final class GatewayRules {

    private GatewayRules() {
    }

    public static List<Rule> all() {
        return Stream.<Rule>of(
                        new UnprovisionedGatewayCredentialsRule(),
                        new MissingIdpConnectorRule(),
                        new MissingTokenIssuerRule(),
                        new UnmonitoredGatewayTrafficRule(),
                        new MissingTokenExchangeRule())
                .sorted(Comparator.comparing(rule -> rule.metadata().id()))
                .toList();
    }
}
