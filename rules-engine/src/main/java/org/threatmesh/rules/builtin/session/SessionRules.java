package org.threatmesh.rules.builtin.session;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.threatmesh.rules.Rule;

/** The MS-SS-10 session-persistence rules, sorted by id. */
public final class SessionRules {

    private SessionRules() {
    }

    public static List<Rule> all() {
        return Stream.<Rule>of(
                        new InsecureSessionStorageRule(),
                        new ExposedAffinityCookieRule(),
                        new InternalTokenReturnedRule(),
                        new UserSessionForwardedRule())
                .sorted(Comparator.comparing(rule -> rule.metadata().id()))
                .toList();
    }
}
