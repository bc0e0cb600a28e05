package org.threatmesh.app.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.attr.EdgeAttributes;
import org.threatmesh.model.attr.TlsMode;
import org.threatmesh.rules.Finding;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.engine.AnalysisResult;
import org.threatmesh.rules.engine.Analyzer;

class RowPatchTest {

    private final Analyzer analyzer = Analyzer.withBuiltInRules();
    private final ThreatModel broken = FindingsViewModelTest.brokenCall();
    private final AnalysisResult before = analyzer.analyze(broken);
    /** Fixing the call's TLS: its violation goes and its needs-review finding changes wording. */
    private final AnalysisResult after = analyzer.reanalyze(before,
            broken.withEdge(broken.edges().get(EdgeId.of("e-ab")).with(EdgeAttributes.TLS, TlsMode.MTLS)));
    private final List<Finding> base = RowPatch.derive(List.of(), before, Optional.empty(), FindingFilter.ALL).rows();

    @Test
    void patchingTheChangedElementsGivesTheRowsOfAFullDerivation() {
        assertThat(after.changedSince(before)).contains(Set.of(EdgeId.of("e-ab")));

        RowPatch patch = RowPatch.derive(base, after, after.changedSince(before), FindingFilter.ALL);

        assertThat(keysAt(base, patch.removed())).containsExactly(FindingsViewModelTest.EAST_WEST,
                "needs-review@e-ab");
        assertThat(patch.removed()).containsExactly(0, 6);
        assertThat(keysAt(patch.rows(), patch.inserted())).containsExactly("needs-review@e-ab");
        assertThat(patch.inserted()).containsExactly(5);
        assertThat(patch.rows()).isEqualTo(RowPatch.derive(List.of(), after, Optional.empty(), FindingFilter.ALL)
                .rows());
        assertThat(patch.rows()).isEqualTo(after.findings());
    }

    @Test
    void comparingEverythingFindsTheSameRowsAsTheChangedElements() {
        RowPatch scoped = RowPatch.derive(base, after, after.changedSince(before), FindingFilter.ALL);
        RowPatch everything = RowPatch.derive(base, after, Optional.empty(), FindingFilter.ALL);

        assertThat(everything).isEqualTo(scoped);
    }

    @Test
    void applyingRemovesAndInsertsOnlyTheChangedRows() {
        ObservableList<Finding> table = FXCollections.observableArrayList(base);
        List<String> removed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        table.addListener((ListChangeListener<Finding>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(f -> removed.add(f.key()));
                change.getAddedSubList().forEach(f -> added.add(f.key()));
            }
        });

        RowPatch.derive(base, after, after.changedSince(before), FindingFilter.ALL).applyTo(table);

        assertThat(table).isEqualTo(after.findings());
        assertThat(removed).containsExactly("needs-review@e-ab", FindingsViewModelTest.EAST_WEST);
        assertThat(added).containsExactly("needs-review@e-ab");
    }

    @Test
    void theFilterDecidesWhichChangedRowsLeaveAndEnter() {
        FindingFilter high = FindingFilter.ALL.withSeverities(Set.of(Severity.HIGH));
        List<Finding> highRows = RowPatch.derive(List.of(), before, Optional.empty(), high).rows();

        RowPatch patch = RowPatch.derive(highRows, after, after.changedSince(before), high);

        assertThat(highRows).extracting(Finding::key).containsExactly(FindingsViewModelTest.EAST_WEST);
        assertThat(patch.removed()).containsExactly(0);
        // The changed needs-review finding is medium: it stays out.
        assertThat(patch.inserted()).isEmpty();
        assertThat(patch.rows()).isEmpty();
    }

    @Test
    void anUnchangedResultPatchesNothing() {
        RowPatch patch = RowPatch.derive(base, before, before.changedSince(before), FindingFilter.ALL);

        assertThat(patch.isEmpty()).isTrue();
        assertThat(patch.rows()).isEqualTo(base);
    }

    @Test
    void manyChangesReplaceTheListInOneChange() {
        ObservableList<Finding> table = FXCollections.observableArrayList();
        int[] changes = new int[1];
        table.addListener((ListChangeListener<Finding>) change -> changes[0]++);
        List<Finding> many = new ArrayList<>();
        for (int i = 0; i <= RowPatch.MAX_PATCH; i++) {
            many.add(base.get(i % base.size()));
        }
        List<Integer> inserted = java.util.stream.IntStream.range(0, many.size()).boxed().toList();

        new RowPatch(many, List.of(), inserted).applyTo(table);

        assertThat(table).isEqualTo(many);
        assertThat(changes[0]).isEqualTo(1);
    }

    private static List<String> keysAt(List<Finding> rows, List<Integer> indices) {
        return indices.stream().map(i -> rows.get(i).key()).toList();
    }
}
