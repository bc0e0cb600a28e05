package org.threatmesh.rules.builtin.discovery;

import java.util.List;
import org.threatmesh.rules.Rule;

/** The MS-SS-3 (service registry) rules, sorted by id. */
public final class DiscoveryRules {

    private DiscoveryRules() {
    }

    public static List<Rule> all() {
        return List.of(
                new PlaintextRegistryTrafficRule(),
                new RegistrationNotHealthGatedRule(),
                new RegistryColocatedRule(),
                new RegistryNotDistributedRule(),
                new RegistryNotHighlyAvailableRule(),
                new RegistryWithoutAccessControlRule(),
                new SelfRegisteringServiceRule());
    }
}
