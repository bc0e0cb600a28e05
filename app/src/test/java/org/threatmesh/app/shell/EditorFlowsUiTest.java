package org.threatmesh.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.threatmesh.app.canvas.DiagramView;
import org.threatmesh.app.canvas.NodeViewModel;
import org.threatmesh.app.testing.Fixtures;
import org.threatmesh.app.testing.ScriptedDialogs;
import org.threatmesh.app.ui.AppSettings;
import org.threatmesh.app.ui.DialogService.UnsavedChoice;
import org.threatmesh.app.ui.UiExecutors;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.ZoneId;
import org.threatmesh.model.attr.EdgeAttributes;
import org.threatmesh.model.attr.Protocol;
import org.threatmesh.model.attr.WorkloadAttributes;
import org.threatmesh.model.io.ModelFiles;

/**
 * End-to-end flows through the real editor window, headless under Monocle: the gestures a first-time user makes,
 * each checked against the exact model it must produce, and each undone and redone.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class EditorFlowsUiTest {

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Workspace workspace;
    private MainWindow window;
    private Path work;

    @Start
    void start(Stage stage) throws IOException {
        work = Files.createTempDirectory("threatmesh-ui");
        AppSettings settings = new AppSettings(work.resolve("home"));
        settings.setNumber("window.width", 1200);
        settings.setNumber("window.height", 760);
        settings.setNumber("window.x", 0);
        settings.setNumber("window.y", 0);
        dialogs.showErrorsWith(new FxDialogService(stage));
        workspace = new Workspace(Fixtures.sample(), dialogs, settings, UiExecutors.direct());
        window = new MainWindow(stage, workspace);
        window.show();
        stage.toFront();
    }

    @Test
    void openingTheSampleShowsEveryElement(FxRobot robot) {
        ThreatModel sample = Fixtures.sample();
        WaitForAsyncUtils.waitForFxEvents();

        for (NodeId id : sample.nodes().keySet()) {
            assertThat(robot.lookup("#node-" + id).tryQuery()).as(id.value()).isPresent();
        }
        for (EdgeId id : sample.edges().keySet()) {
            assertThat(robot.lookup("#edge-" + id).tryQuery()).as(id.value()).isPresent();
        }
        for (ZoneId id : sample.zones().keySet()) {
            assertThat(robot.lookup("#zone-" + id).tryQuery()).as(id.value()).isPresent();
        }
        assertThat(window.diagram().skinCount()).isEqualTo(17 + 17 + 5);
        // Fitted: every node box lies inside the visible canvas.
        for (NodeId id : sample.nodes().keySet()) {
            Node skin = robot.lookup("#node-" + id).query();
            assertThat(skin.isVisible()).isTrue();
            var box = window.diagram().sceneToLocal(skin.localToScene(skin.getBoundsInLocal()));
            assertThat(box.getMinX()).as(id.value()).isGreaterThanOrEqualTo(0);
            assertThat(box.getMaxX()).as(id.value()).isLessThanOrEqualTo(window.diagram().getWidth());
            assertThat(box.getMinY()).as(id.value()).isGreaterThanOrEqualTo(0);
            assertThat(box.getMaxY()).as(id.value()).isLessThanOrEqualTo(window.diagram().getHeight());
        }
    }

    @Test
    void draggingAServiceFromThePaletteAddsItWhereItIsDropped(FxRobot robot) {
        Point2D drop = screenPointOf(1000, 640);

        robot.drag("#palette-service", MouseButton.PRIMARY).dropTo(drop);

        ThreatModel model = workspace.session().current();
        org.threatmesh.model.Node added = model.nodes().get(NodeId.of("n-service"));
        assertThat(added.kind()).isEqualTo(NodeKind.SERVICE);
        assertThat(added.zone()).contains(ZoneId.of("z-ns-shop"));
        var position = model.layout().node(added.id()).orElseThrow();
        assertThat(position.x() + NodeViewModel.WIDTH / 2).isCloseTo(1000, org.assertj.core.data.Offset.offset(25.0));
        assertThat(position.y() + NodeViewModel.HEIGHT / 2).isCloseTo(640, org.assertj.core.data.Offset.offset(25.0));
        assertThat(robot.lookup("#node-n-service").tryQuery()).isPresent();
        assertThat(workspace.session().history()).containsExactly("Add service \"Service\"");

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertThat(workspace.session().current().nodes()).doesNotContainKey(NodeId.of("n-service"));
        assertThat(robot.lookup("#node-n-service").tryQuery()).isEmpty();

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertThat(workspace.session().current().nodes()).containsKey(NodeId.of("n-service"));
    }

    @Test
    void draggingFromAPortToAnotherNodeConnectsThem(FxRobot robot) {
        robot.moveTo("#node-n-catalog");
        robot.drag("#port-n-catalog", MouseButton.PRIMARY).dropTo("#node-n-payments");

        EdgeId id = EdgeId.of("e-catalog-payments");
        var edge = workspace.session().current().edges().get(id);
        assertThat(edge.from()).isEqualTo(NodeId.of("n-catalog"));
        assertThat(edge.to()).isEqualTo(NodeId.of("n-payments"));
        assertThat(edge.get(EdgeAttributes.PROTOCOL).value()).isEqualTo(Protocol.HTTP);
        assertThat(robot.lookup("#edge-e-catalog-payments").tryQuery()).isPresent();
        assertThat(workspace.session().current().edges()).hasSize(18);

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertThat(workspace.session().current().edges()).hasSize(17).doesNotContainKey(id);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertThat(workspace.session().current().edges()).containsKey(id);
    }

    @Test
    void aConnectionToAnExternalClientIsRefusedWithTheReason(FxRobot robot) {
        robot.moveTo("#node-n-cart");
        robot.drag("#port-n-cart", MouseButton.PRIMARY).moveTo("#node-n-browser");

        Node note = robot.lookup("#connection-refusal").query();
        assertThat(note.isVisible()).isTrue();
        assertThat(((javafx.scene.text.Text) note).getText())
                .isEqualTo("\"Shopper (browser)\" is an external client: it makes calls but is not called");

        robot.drop();
        assertThat(workspace.session().current().edges()).hasSize(17);
        assertThat(workspace.session().history()).isEmpty();
    }

    @Test
    void editingAPropertyInTheInspectorIsOneUndoStep(FxRobot robot) {
        robot.clickOn("#node-n-cart");
        robot.clickOn("#inspector-search").write("replicas");
        robot.clickOn("#inspector-replicas");
        robot.push(KeyCode.END);
        robot.eraseText(1);
        robot.write("15");

        assertThat(workspace.session().current().nodes().get(NodeId.of("n-cart"))
                .get(WorkloadAttributes.REPLICAS).value()).isEqualTo(15);
        assertThat(workspace.session().history()).containsExactly("Set replicas");

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertThat(workspace.session().current().nodes().get(NodeId.of("n-cart"))
                .get(WorkloadAttributes.REPLICAS).value()).isEqualTo(2);
        assertThat(robot.lookup("#inspector-replicas").queryTextInputControl().getText()).isEqualTo("2");

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertThat(workspace.session().current().nodes().get(NodeId.of("n-cart"))
                .get(WorkloadAttributes.REPLICAS).value()).isEqualTo(15);
    }

    @Test
    void savingAndReopeningGivesBackTheSameModel(FxRobot robot) throws Exception {
        robot.clickOn("#node-n-notify");
        robot.push(KeyCode.DELETE);
        ThreatModel edited = workspace.session().current();
        assertThat(edited.nodes()).doesNotContainKey(NodeId.of("n-notify"));
        Path file = work.resolve("my-shop.threatmesh.json");
        dialogs.answerSave(file);

        robot.push(KeyCode.CONTROL, KeyCode.S);

        assertThat(new ModelFiles().load(file)).isEqualTo(edited);
        assertThat(workspace.session().isDirty()).isFalse();
        assertThat(((Stage) window.scene().getWindow()).getTitle()).isEqualTo("my-shop.threatmesh.json — ThreatMesh");

        robot.clickOn("#node-n-cart");
        robot.push(KeyCode.DELETE);
        dialogs.answerUnsaved(UnsavedChoice.DISCARD).answerOpen(file);

        robot.push(KeyCode.CONTROL, KeyCode.O);

        assertThat(workspace.session().current()).isEqualTo(edited);
        assertThat(workspace.session().file()).contains(file);
        assertThat(robot.lookup("#node-n-cart").tryQuery()).isPresent();
        assertThat(robot.lookup("#node-n-notify").tryQuery()).isEmpty();
    }

    @Test
    void aCorruptedFileShowsTheLocatedErrorInADialog(FxRobot robot) throws Exception {
        Path broken = work.resolve("broken.threatmesh.json");
        Files.writeString(broken, "{\n  \"schemaVersion\": 1,\n  \"nodes\": [ { \"id\": 42 ]\n}\n",
                StandardCharsets.UTF_8);
        dialogs.answerOpen(broken);

        robot.push(KeyCode.CONTROL, KeyCode.O);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#error-dialog").tryQuery().isPresent());

        DialogPane pane = robot.lookup("#error-dialog").queryAs(DialogPane.class);
        String details = robot.from(pane).lookup("#error-details").queryAs(TextArea.class).getText();
        assertThat(pane.getHeaderText()).isEqualTo("broken.threatmesh.json is not a valid ThreatMesh model.");
        assertThat(details).startsWith(broken + ":3:").doesNotContain("Exception").doesNotContain("\tat ");
        robot.clickOn(robot.from(pane).lookup(".button").queryButton());
        assertThat(workspace.session().current()).isEqualTo(Fixtures.sample());
    }

    @Test
    void exportsTheWholeDiagramAsPngAndSvg(FxRobot robot) throws Exception {
        Path png = work.resolve("shop.png");
        Path svg = work.resolve("shop.svg");
        dialogs.answerSave(png).answerSave(svg);

        robot.push(KeyCode.CONTROL, KeyCode.E);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E);

        var image = javax.imageio.ImageIO.read(png.toFile());
        // The sample spans 1540 x 720 diagram units; the export renders all of it at twice that size.
        assertThat(image.getWidth()).isBetween(2 * 1540, 2 * 1560);
        assertThat(image.getHeight()).isBetween(2 * 720, 2 * 760);
        assertThat(Files.readString(svg)).contains("id=\"node-n-cart\"").contains("id=\"zone-z-ns-shop\"");
        assertThat(dialogs.questions()).containsExactly("save PNG online-shop.png", "save SVG online-shop.svg");
    }

    private Point2D screenPointOf(double diagramX, double diagramY) {
        DiagramView diagram = window.diagram();
        var viewport = workspace.canvas().viewport();
        double x = diagramX * viewport.scale() + viewport.translateXProperty().get();
        double y = diagramY * viewport.scale() + viewport.translateYProperty().get();
        return diagram.localToScreen(x, y);
    }
}
