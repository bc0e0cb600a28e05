package org.threatmesh.rules.builtin.abuse;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.threatmesh.rules.Rule;

/** The MS-SS-11 rules against credential abuse, bots, DoS and malware, sorted by id. */
public final class AbuseRules {

    private AbuseRules() {
    }

    public static List<Rule> all() {
        return Stream.<Rule>of(
                        new UnthrottledLoginRule(),
                        new TokenReuseUncoveredRule(),
                        new BreachedCredentialsUncheckedRule(),
                        new BoundaryWithoutDosDetectionRule(),
                        new UnscannedWorkloadRule(),
                        new MissingBotProtectionRule())
                .sorted(Comparator.comparing(rule -> rule.metadata().id()))
                .toList();
    }
}
