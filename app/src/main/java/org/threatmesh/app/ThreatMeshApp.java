package org.threatmesh.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.samples.SampleCatalog;

/** The JavaFX application: opens the default sample in the main window. */
public final class ThreatMeshApp extends Application {

    @Override
    public void start(Stage stage) {
        ThreatModel model = SampleCatalog.defaultSample().load();
        Label summary = new Label(model.info().name() + ": " + model.nodes().size() + " nodes, "
                + model.edges().size() + " calls, " + model.zones().size() + " zones");
        summary.setId("model-summary");
        stage.setTitle(model.info().name() + " — ThreatMesh");
        stage.setScene(new Scene(new BorderPane(summary), 1280, 800));
        stage.show();
    }
}
