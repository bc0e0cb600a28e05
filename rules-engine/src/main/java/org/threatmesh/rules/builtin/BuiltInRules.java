package org.threatmesh.rules.builtin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.threatmesh.rules.Rule;
import org.threatmesh.rules.builtin.abuse.AbuseRules;
import org.threatmesh.rules.builtin.gateway.GatewayRules;
import org.threatmesh.rules.builtin.mesh.MeshRules;
import org.threatmesh.rules.builtin.monitoring.MonitoringRules;
import org.threatmesh.rules.builtin.release.ReleaseRules;
import org.threatmesh.rules.builtin.resilience.ResilienceRules;
import org.threatmesh.rules.builtin.session.SessionRules;
import org.threatmesh.rules.builtin.throttling.ThrottlingRules;

/**
 * Every built-in rule, registered explicitly: one line per area registry, kept in alphabetical order so that merges
 * from parallel branches stay trivial. No classpath scanning.
 */
public final class BuiltInRules {

    private BuiltInRules() {
    }

    /** Every built-in rule, sorted by id. */
    public static List<Rule> all() {
        List<Rule> rules = new ArrayList<>();
        rules.addAll(AbuseRules.all());
        rules.addAll(GatewayRules.all());
        rules.addAll(MeshRules.all());
        rules.addAll(MonitoringRules.all());
        rules.addAll(ReleaseRules.all());
        rules.addAll(ResilienceRules.all());
        rules.addAll(SessionRules.all());
        rules.addAll(ThrottlingRules.all());
        rules.sort(Comparator.comparing(rule -> rule.metadata().id()));
        return List.copyOf(rules);
    }
}
