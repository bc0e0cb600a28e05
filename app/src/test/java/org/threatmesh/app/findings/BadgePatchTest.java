package org.threatmesh.app.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.ModelId;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.TriageStatus;
import org.threatmesh.model.attr.EdgeAttributes;
import org.threatmesh.model.attr.TlsMode;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.engine.AnalysisResult;
import org.threatmesh.rules.engine.Analyzer;

class BadgePatchTest {

    private static final FindingFilter OPEN = FindingFilter.ALL.withStatuses(Set.of(TriageStatus.OPEN));

    private final Analyzer analyzer = Analyzer.withBuiltInRules();
    private final ThreatModel broken = FindingsViewModelTest.brokenCall();
    private final AnalysisResult before = analyzer.analyze(broken);
    private final AnalysisResult after = analyzer.reanalyze(before,
            broken.withEdge(broken.edges().get(EdgeId.of("e-ab")).with(EdgeAttributes.TLS, TlsMode.MTLS)));
    private final Map<ElementId, Badge> base = badgesOf(before, OPEN);

    @Test
    void onlyTheChangedCallsBadgeIsPut() {
        BadgePatch patch = BadgePatch.derive(base, after, after.changedSince(before), OPEN);

        assertThat(base.get(EdgeId.of("e-ab"))).isEqualTo(new Badge(2, Severity.HIGH));
        assertThat(patch.put()).containsExactly(Map.entry(EdgeId.of("e-ab"), new Badge(1, Severity.MEDIUM)));
        assertThat(patch.removed()).isEmpty();
        Map<ElementId, Badge> patched = new HashMap<>(base);
        patch.applyTo(patched);
        assertThat(patched).isEqualTo(badgesOf(after, OPEN));
    }

    @Test
    void comparingEverythingFindsTheSameChange() {
        assertThat(BadgePatch.derive(base, after, Optional.empty(), OPEN))
                .isEqualTo(BadgePatch.derive(base, after, after.changedSince(before), OPEN));
    }

    @Test
    void aBadgeWhoseFindingsNoLongerPassTheFilterIsRemoved() {
        FindingFilter high = OPEN.withSeverities(Set.of(Severity.HIGH));
        Map<ElementId, Badge> highBadges = badgesOf(before, high);

        BadgePatch patch = BadgePatch.derive(highBadges, after, after.changedSince(before), high);

        assertThat(highBadges).containsEntry(EdgeId.of("e-ab"), new Badge(1, Severity.HIGH));
        assertThat(patch.removed()).containsExactly(EdgeId.of("e-ab"));
        assertThat(patch.put()).isEmpty();
        assertThat(patch.isEmpty()).isFalse();
    }

    @Test
    void startingFromNothingEveryBadgeIsPut() {
        BadgePatch patch = BadgePatch.derive(Map.of(), before, Optional.empty(), OPEN);

        assertThat(patch.removed()).isEmpty();
        assertThat(patch.put()).containsEntry(EdgeId.of("e-ab"), new Badge(2, Severity.HIGH))
                .containsKeys(NodeId.of("n-a"), NodeId.of("n-b"), NodeId.of("n-gw"));
    }

    private static Map<ElementId, Badge> badgesOf(AnalysisResult result, FindingFilter filter) {
        Map<ElementId, Badge> badges = new HashMap<>();
        BadgePatch.derive(Map.of(), result, Optional.empty(), filter).applyTo(badges);
        return badges;
    }

    @Test
    void modelWideFindingsGetNoBadge() {
        assertThat(before.findingsFor(ModelId.MODEL)).isNotEmpty();
        assertThat(base).doesNotContainKey(ModelId.MODEL);
    }
}
