package org.threatmesh.rules.builtin.release;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.threatmesh.rules.Rule;

/** The MS-SS-9 rules on inducting new versions, sorted by id. */
public final class ReleaseRules {

    private ReleaseRules() {
    }

    public static List<Rule> all() {
        return Stream.<Rule>of(
                        new UncontrolledVersionRoutingRule(),
                        new UnmonitoredVersionRule(),
                        new AllAtOnceRolloutRule(),
                        new UngatedPromotionRule(),
                        new NoVersionSelectionRule())
                .sorted(Comparator.comparing(rule -> rule.metadata().id()))
                .toList();
    }
}
