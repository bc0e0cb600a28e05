package org.threatmesh.app.coverage;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.threatmesh.app.analysis.LiveAnalysis;
import org.threatmesh.rules.Strategy;
import org.threatmesh.rules.engine.AnalysisResult;
import org.threatmesh.rules.engine.Coverage;
import org.threatmesh.rules.engine.CoverageStatus;

/**
 * The coverage matrix: for each of the 13 MS-SS strategies, the model's status and how many elements are met,
 * violated, need review or are not applicable. Drilling down on a strategy hands it to the findings table.
 * Toolkit-free.
 */
public final class CoverageViewModel {

    /**
     * One strategy's row.
     *
     * @param strategy    the strategy
     * @param modelStatus its status for the whole model
     * @param elements    number of elements per status (every status present)
     */
    public record Row(Strategy strategy, CoverageStatus modelStatus, Map<CoverageStatus, Integer> elements) {
        public Row {
            elements = Map.copyOf(elements);
        }
    }

    private final LiveAnalysis analysis;
    private final Consumer<Strategy> drillDown;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Row> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final javafx.beans.property.BooleanProperty active =
            new javafx.beans.property.SimpleBooleanProperty(this, "active", true);

    /** @param drillDown shows the findings behind a strategy (the findings table filters to it) */
    public CoverageViewModel(LiveAnalysis analysis, Consumer<Strategy> drillDown) {
        this.analysis = analysis;
        this.drillDown = drillDown;
        analysis.resultProperty().addListener(obs -> refresh());
        active.addListener(obs -> refresh());
        refresh();
    }

    /**
     * Whether the matrix is on screen. The coverage of a large model costs a pass over every element, so an
     * inactive matrix skips it and catches up when shown.
     */
    public javafx.beans.property.BooleanProperty activeProperty() {
        return active;
    }

    /** One row per strategy, MS-SS-1 to MS-SS-13. */
    public ObservableList<Row> rows() {
        return readOnlyRows;
    }

    /** Shows the findings that bear on {@code strategy}. */
    public void drillDown(Strategy strategy) {
        drillDown.accept(strategy);
    }

    private void refresh() {
        if (!active.get()) {
            return;
        }
        AnalysisResult result = analysis.result().orElse(null);
        if (result == null) {
            rows.clear();
            return;
        }
        Coverage coverage = result.coverage();
        Map<Strategy, Map<CoverageStatus, Integer>> counts = new EnumMap<>(Strategy.class);
        for (Strategy strategy : Strategy.values()) {
            Map<CoverageStatus, Integer> perStatus = new EnumMap<>(CoverageStatus.class);
            for (CoverageStatus status : CoverageStatus.values()) {
                perStatus.put(status, 0);
            }
            counts.put(strategy, perStatus);
        }
        int elements = coverage.byElement().size();
        for (Map<Strategy, CoverageStatus> element : coverage.byElement().values()) {
            for (Map.Entry<Strategy, CoverageStatus> entry : element.entrySet()) {
                counts.get(entry.getKey()).merge(entry.getValue(), 1, Integer::sum);
            }
        }
        List<Row> next = new ArrayList<>();
        for (Strategy strategy : Strategy.values()) {
            Map<CoverageStatus, Integer> perStatus = counts.get(strategy);
            // Elements that do not mention a strategy are not applicable to it.
            int mentioned = perStatus.values().stream().mapToInt(Integer::intValue).sum();
            perStatus.merge(CoverageStatus.NOT_APPLICABLE, elements - mentioned, Integer::sum);
            next.add(new Row(strategy, coverage.statusOf(strategy), perStatus));
        }
        rows.setAll(next);
    }
}
