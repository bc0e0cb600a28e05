package org.threatmesh.rules.builtin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.threatmesh.rules.Rule;
import org.threatmesh.rules.builtin.authn.AuthnRules;
import org.threatmesh.rules.builtin.authz.AuthzRules;
import org.threatmesh.rules.builtin.discovery.DiscoveryRules;
import org.threatmesh.rules.builtin.topology.TopologyRules;
import org.threatmesh.rules.builtin.transport.TransportRules;

/**
 * Every built-in rule, sorted by id. One explicit line per area registry (alphabetical by area); no classpath
 * scanning. A meta-test fails the build when a concrete rule class is not registered here.
 */
public final class BuiltInRules {

    private static final List<Rule> ALL = collect(List.of(
            AuthnRules.all(),
            AuthzRules.all(),
            DiscoveryRules.all(),
            TopologyRules.all(),
            TransportRules.all()));

    private BuiltInRules() {
    }

    /** The built-in rules, sorted by id. */
    public static List<Rule> all() {
        return ALL;
    }

    /**
     * Merges area registries into one list sorted by id.
     *
     * @throws IllegalStateException naming the id when two rules share it
     */
    static List<Rule> collect(List<List<Rule>> areas) {
        List<Rule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (List<Rule> area : areas) {
            for (Rule rule : area) {
                if (!ids.add(rule.metadata().id())) {
                    throw new IllegalStateException("duplicate built-in rule id '" + rule.metadata().id() + "'");
                }
                rules.add(rule);
            }
        }
        rules.sort(Comparator.comparing(rule -> rule.metadata().id()));
        return List.copyOf(rules);
    }
}
