package org.threatmesh.rules.builtin.topology;

import java.util.List;
import org.threatmesh.rules.Rule;

/** Whole-graph rules (paths, chains, blast radius) computed with JGraphT, sorted by id. */
public final class TopologyRules {

    private TopologyRules() {
    }

    public static List<Rule> all() {
        return List.of(
                new CompromiseBlastRadiusRule(),
                new InternetPathBypassesGatewayRule(),
                new RegistryReachableFromUntrustedZoneRule(),
                new SensitiveDataOneHopFromInternetRule(),
                new SyncChainWithoutResilienceRule(),
                new WeakHopToSensitiveDatastoreRule());
    }
}
