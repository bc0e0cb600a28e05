package org.threatmesh.rules.builtin.platform;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.threatmesh.rules.Rule;

/** The SP 800-204C/D platform controls a topology model can show (admission, GitOps, runtime detection). */
public final class PlatformRules {

    private PlatformRules() {
    }

    public static List<Rule> all() {
        return Stream.<Rule>of(
                        new UnverifiedImageProvenanceRule(),
                        new MissingScanAttestationGateRule(),
                        new MissingGitOpsDriftControlRule(),
                        new MissingRuntimeThreatDetectionRule())
                .sorted(Comparator.comparing(rule -> rule.metadata().id()))
                .toList();
    }
}
