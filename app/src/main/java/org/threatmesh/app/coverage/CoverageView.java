package org.threatmesh.app.coverage;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import org.threatmesh.rules.engine.CoverageStatus;

/**
 * The coverage matrix as a grid: a row per strategy, a column per status with the element count; the model's status
 * is highlighted. Clicking a row's strategy or a count shows the findings behind it.
 */
public final class CoverageView extends ScrollPane {

    private static final CoverageStatus[] COLUMNS = {CoverageStatus.MET, CoverageStatus.VIOLATED,
            CoverageStatus.NEEDS_REVIEW, CoverageStatus.NOT_APPLICABLE};

    private final CoverageViewModel vm;
    private final GridPane grid = new GridPane();

    public CoverageView(CoverageViewModel vm) {
        this.vm = vm;
        setId("coverage-view");
        setFitToWidth(true);
        grid.setHgap(16);
        grid.setVgap(4);
        grid.setPadding(new Insets(8));
        setContent(grid);
        vm.rows().addListener((ListChangeListener<CoverageViewModel.Row>) c -> redraw());
        redraw();
    }

    private void redraw() {
        grid.getChildren().clear();
        grid.add(bold("Strategy"), 0, 0);
        grid.add(bold("Model"), 1, 0);
        for (int i = 0; i < COLUMNS.length; i++) {
            grid.add(bold(title(COLUMNS[i]) + " (elements)"), 2 + i, 0);
        }
        int row = 1;
        for (CoverageViewModel.Row line : vm.rows()) {
            Button strategy = new Button(line.strategy().id() + " " + line.strategy().title());
            strategy.setId("coverage-" + line.strategy().id());
            strategy.getStyleClass().add("flat");
            strategy.setOnAction(e -> vm.drillDown(line.strategy()));
            grid.add(strategy, 0, row);
            Label model = new Label(title(line.modelStatus()));
            model.setId("coverage-status-" + line.strategy().id());
            model.setStyle("-fx-font-weight: bold; -fx-text-fill: " + color(line.modelStatus()) + ";");
            grid.add(model, 1, row);
            for (int i = 0; i < COLUMNS.length; i++) {
                Button count = new Button(Integer.toString(line.elements().get(COLUMNS[i])));
                count.getStyleClass().add("flat");
                count.setOnAction(e -> vm.drillDown(line.strategy()));
                grid.add(count, 2 + i, row);
            }
            row++;
        }
    }

    private static String title(CoverageStatus status) {
        return switch (status) {
            case MET -> "Met";
            case VIOLATED -> "Violated";
            case NEEDS_REVIEW -> "Needs review";
            case NOT_APPLICABLE -> "Not applicable";
        };
    }

    private static String color(CoverageStatus status) {
        return switch (status) {
            case MET -> "#15803d";
            case VIOLATED -> "#b91c1c";
            case NEEDS_REVIEW -> "#ca8a04";
            case NOT_APPLICABLE -> "#6b7280";
        };
    }

    private static Label bold(String text) {
        Label label = new Label(text);
        label.setStyle("-fx-font-weight: bold;");
        return label;
    }
}
