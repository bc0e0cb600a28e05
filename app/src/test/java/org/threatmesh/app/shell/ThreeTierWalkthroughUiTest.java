package org.threatmesh.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.threatmesh.app.testing.Fixtures;
import org.threatmesh.app.testing.ScriptedDialogs;
import org.threatmesh.app.ui.AppSettings;
import org.threatmesh.app.ui.UiExecutors;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.ZoneId;
import org.threatmesh.model.io.ModelFiles;

/**
 * The acceptance scenario, done with the mouse and keyboard only: a new empty model, a DMZ and a
 * namespace zone, a client, a gateway and three tiers, the four calls between them, ten undos and ten redos,
 * save, reopen, and the same model back.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ThreeTierWalkthroughUiTest {

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Workspace workspace;
    private MainWindow window;
    private Path work;
    private org.threatmesh.model.Bounds origin;

    @Start
    void start(Stage stage) throws IOException {
        work = Files.createTempDirectory("threatmesh-walkthrough");
        AppSettings settings = new AppSettings(work.resolve("home"));
        settings.setNumber("window.width", 1200);
        settings.setNumber("window.height", 760);
        settings.setNumber("window.x", 0);
        settings.setNumber("window.y", 0);
        workspace = new Workspace(Fixtures.sample(), dialogs, settings, UiExecutors.direct());
        window = new MainWindow(stage, workspace);
        window.show();
    }

    @Test
    void drawAThreeTierSystemUndoRedoSaveAndReopen(FxRobot robot) {
        robot.push(KeyCode.CONTROL, KeyCode.N);
        robot.clickOn("#new-empty");
        assertThat(workspace.session().current().nodes()).isEmpty();
        robot.clickOn("#diagram");
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        robot.push(KeyCode.CONTROL, KeyCode.MINUS);
        robot.push(KeyCode.CONTROL, KeyCode.MINUS);
        origin = workspace.canvas().viewport().visibleArea();

        dropFromPalette(robot, "dmz", "#palette-zone-dmz", 250, 300);
        dropFromPalette(robot, "namespace", "#palette-zone-namespace", 700, 300);
        dropFromPalette(robot, "external client", "#palette-external_client", 80, 120);
        dropFromPalette(robot, "api gateway", "#palette-api_gateway", 250, 300);
        dropFromPalette(robot, "service", "#palette-service", 610, 240);
        dropFromPalette(robot, "service", "#palette-service", 610, 360);
        dropFromPalette(robot, "datastore", "#palette-datastore", 800, 300);
        connect(robot, "n-external-client", "n-api-gateway");
        connect(robot, "n-api-gateway", "n-service");
        connect(robot, "n-service", "n-service-2");
        connect(robot, "n-service-2", "n-datastore");

        ThreatModel drawn = workspace.session().current();
        ZoneId dmz = ZoneId.of("z-dmz");
        ZoneId namespace = ZoneId.of("z-namespace");
        assertThat(drawn.zones().keySet()).containsExactly(dmz, namespace);
        assertThat(drawn.nodes().get(NodeId.of("n-external-client")).zone()).isEmpty();
        assertThat(drawn.nodes().get(NodeId.of("n-api-gateway")).zone()).contains(dmz);
        for (String tier : List.of("n-service", "n-service-2", "n-datastore")) {
            assertThat(drawn.nodes().get(NodeId.of(tier)).zone()).as(tier).contains(namespace);
        }
        assertThat(drawn.edges().keySet()).containsExactly(EdgeId.of("e-api-gateway-service"),
                EdgeId.of("e-external-client-api-gateway"), EdgeId.of("e-service-2-datastore"),
                EdgeId.of("e-service-service-2"));
        assertThat(workspace.session().history()).hasSize(11);

        for (int i = 0; i < 10; i++) {
            robot.push(KeyCode.CONTROL, KeyCode.Z);
        }
        assertThat(workspace.session().current().zones().keySet()).containsExactly(dmz);
        assertThat(workspace.session().current().nodes()).isEmpty();
        for (int i = 0; i < 10; i++) {
            robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        }
        assertThat(workspace.session().current()).isEqualTo(drawn);

        Path file = work.resolve("three-tier.threatmesh.json");
        dialogs.answerSave(file);
        robot.push(KeyCode.CONTROL, KeyCode.S);
        dialogs.answerOpen(file);
        robot.push(KeyCode.CONTROL, KeyCode.O);

        assertThat(workspace.session().current()).isEqualTo(drawn);
        assertThat(workspace.session().file()).contains(file);
        assertThat(workspace.session().isDirty()).isFalse();
    }

    private void dropFromPalette(FxRobot robot, String search, String entry, double x, double y) {
        robot.clickOn("#palette-search").push(KeyCode.CONTROL, KeyCode.A).write(search);
        robot.drag(entry, MouseButton.PRIMARY).dropTo(screenPointOf(x, y));
    }

    private void connect(FxRobot robot, String from, String to) {
        robot.moveTo("#node-" + from);
        robot.drag("#port-" + from, MouseButton.PRIMARY).dropTo("#node-" + to);
    }

    /** A point given relative to the top-left corner of the visible part of the diagram. */
    private Point2D screenPointOf(double dx, double dy) {
        var viewport = workspace.canvas().viewport();
        double diagramX = origin.x() + dx;
        double diagramY = origin.y() + dy;
        return window.diagram().localToScreen(diagramX * viewport.scale() + viewport.translateXProperty().get(),
                diagramY * viewport.scale() + viewport.translateYProperty().get());
    }

}
