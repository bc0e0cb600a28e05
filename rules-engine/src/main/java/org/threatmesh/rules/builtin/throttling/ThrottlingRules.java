package org.threatmesh.rules.builtin.throttling;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.threatmesh.rules.Rule;

/** The MS-SS-8 rate-limiting and replay rules, sorted by id. */
public final class ThrottlingRules {

    private ThrottlingRules() {
    }

    public static List<Rule> all() {
        return Stream.<Rule>of(
                        new MissingRateLimitRule(),
                        new UnfairRateLimitRule(),
                        new MissingReplayDetectionRule())
                .sorted(Comparator.comparing(rule -> rule.metadata().id()))
                .toList();
    }
}
