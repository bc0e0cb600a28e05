package org.threatmesh.rules.builtin.monitoring;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.threatmesh.rules.Rule;

/** The MS-SS-5 security-monitoring rules, sorted by id. */
public final class MonitoringRules {

    private MonitoringRules() {
    }

    public static List<Rule> all() {
        return Stream.<Rule>of(
                        new GatewayWithoutSecurityLogsRule(),
                        new ServiceSecurityLoggingRule(),
                        new TokenReuseUndetectedRule(),
                        new MissingSecurityDashboardRule(),
                        new MissingIntrusionDetectionRule())
                .sorted(Comparator.comparing(rule -> rule.metadata().id()))
                .toList();
    }
}
