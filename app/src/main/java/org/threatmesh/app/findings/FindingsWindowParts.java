package org.threatmesh.app.findings;

import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.threatmesh.app.analysis.LiveAnalysis;
import org.threatmesh.app.canvas.CanvasViewModel;
import org.threatmesh.app.canvas.DiagramView;

/**
 * Adds the findings UI to the editor window in one call, so the shell needs a single hook: the findings panel under
 * the editor, and the analysis indicator with counts by severity in the status bar.
 */
public final class FindingsWindowParts {

    private FindingsWindowParts() {
    }

    /**
     * @param root    the window's root; its centre is the editor and its bottom the status bar (an {@link HBox})
     * @param diagram the canvas, which gets the overlay's layers
     * @param canvas  the canvas's view-model, whose element view-models the overlay follows
     * @param feature the window's findings feature
     * @return the findings panel now shown under the editor
     */
    public static FindingsPanel install(BorderPane root, DiagramView diagram, CanvasViewModel canvas,
            FindingsFeature feature) {
        FindingsOverlay overlay = new FindingsOverlay(feature.overlay(), canvas, feature.analysis().modelProperty(),
                diagram.everythingShownProperty(), diagram.viewMovingProperty());
        diagram.addTopLayer(overlay.badges());
        // A picture of the view may stand in for the drawing mid-zoom; it must not keep badges that changed.
        feature.overlay().badges().addListener(
                (javafx.collections.MapChangeListener<org.threatmesh.model.ElementId, Badge>) c ->
                        diagram.topLayerChanged());
        feature.overlay().visibleProperty().addListener(obs -> diagram.topLayerChanged());
        feature.overlay().dimmingProperty().addListener(obs -> diagram.topLayerChanged());
        diagram.getProperties().put(FindingsOverlay.class, overlay);
        FindingsPanel panel = new FindingsPanel(feature.findings(), feature.overlay().visibleProperty());
        org.threatmesh.app.coverage.CoverageViewModel coverage = new org.threatmesh.app.coverage.CoverageViewModel(
                feature.analysis(), strategy -> feature.findings().filterProperty().set(FindingFilter.ALL
                        .withStrategies(java.util.Set.of(strategy))));
        javafx.scene.control.Tab findingsTab = new javafx.scene.control.Tab("Findings", panel);
        javafx.scene.control.Tab coverageTab = new javafx.scene.control.Tab("Coverage",
                new org.threatmesh.app.coverage.CoverageView(coverage));
        javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane(findingsTab, coverageTab);
        tabs.setId("findings-tabs");
        coverage.activeProperty().bind(coverageTab.selectedProperty());
        tabs.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        // Drilling down from a coverage cell shows the findings it filtered to.
        feature.findings().filterProperty().addListener(obs -> {
            if (tabs.getSelectionModel().getSelectedItem() == coverageTab) {
                tabs.getSelectionModel().select(findingsTab);
            }
        });
        SplitPane vertical = new SplitPane(root.getCenter(), tabs);
        vertical.setOrientation(Orientation.VERTICAL);
        vertical.setDividerPositions(0.68);
        SplitPane.setResizableWithParent(tabs, false);
        root.setCenter(vertical);
        if (root.getBottom() instanceof HBox statusBar) {
            statusBar.getChildren().add(Math.min(2, statusBar.getChildren().size()), statusItems(feature.analysis()));
        }
        return panel;
    }

    private static HBox statusItems(LiveAnalysis analysis) {
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("analysis-running");
        busy.setPrefSize(14, 14);
        busy.setMaxSize(14, 14);
        busy.visibleProperty().bind(analysis.runningProperty());
        Label counts = new Label();
        counts.setId("analysis-counts");
        counts.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            String failure = analysis.failureProperty().get();
            return failure.isEmpty() ? "Open findings: " + LiveAnalysis.describe(analysis.openCountsProperty().get())
                    : "Analysis failed: " + failure;
        }, analysis.openCountsProperty(), analysis.failureProperty()));
        HBox items = new HBox(6, busy, counts);
        items.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return items;
    }
}
