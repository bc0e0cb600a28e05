package org.threatmesh.rules.builtin.transport;

import java.util.List;
import org.threatmesh.rules.Rule;

/** The MS-SS-4 (secure communication) rules, sorted by id. */
public final class TransportRules {

    private TransportRules() {
    }

    public static List<Rule> all() {
        return List.of(
                new ClientCallsServiceDirectlyRule(),
                new EastWestWithoutMtlsRule(),
                new GatewayWithoutClientAuthenticationRule(),
                new InsecureBrokerConnectionRule(),
                new NoKeepAliveOnBusyCallRule(),
                new PlaintextNorthSouthRule(),
                new ServiceExposedOutsideGatewayRule());
    }
}
