package org.threatmesh.rules.builtin.mesh;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.threatmesh.rules.Rule;

/** The MS-SS-13 service mesh configuration rules, sorted by id. */
public final class MeshRules {

    private MeshRules() {
    }

    public static List<Rule> all() {
        return Stream.<Rule>of(
                        new UndeclaredProtocolRule(),
                        new MissingConnectionLimitsRule(),
                        new MeshDefaultAllowRule(),
                        new PrivilegeEscalationPathRule(),
                        new UncappedMeshComponentsRule(),
                        new MeshTelemetryNotExportedRule(),
                        new SingleControlPlaneRule(),
                        new MissingLayer3SegmentationRule())
                .sorted(Comparator.comparing(rule -> rule.metadata().id()))
                .toList();
    }
}
