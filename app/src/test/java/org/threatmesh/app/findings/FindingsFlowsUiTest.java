package org.threatmesh.app.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.threatmesh.app.shell.FxDialogService;
import org.threatmesh.app.shell.MainWindow;
import org.threatmesh.app.shell.Workspace;
import org.threatmesh.app.testing.Fixtures;
import org.threatmesh.app.testing.ScriptedDialogs;
import org.threatmesh.app.ui.AppSettings;
import org.threatmesh.app.ui.UiExecutors;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.TriageStatus;
import org.threatmesh.model.attr.EdgeAttributes;
import org.threatmesh.model.attr.TlsMode;
import org.threatmesh.model.edit.SetAttributeCommand;
import org.threatmesh.rules.Finding;

/** The findings flows through the real window, headless under Monocle, asserting exact keys and badges. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class FindingsFlowsUiTest {

    private static final EdgeId CALL = EdgeId.of("e-frontend-catalog");
    private static final String KEY = "east-west-without-mtls@e-frontend-catalog";

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Workspace workspace;
    private Path work;

    @Start
    void start(Stage stage) throws IOException {
        work = Files.createTempDirectory("threatmesh-findings-ui");
        AppSettings settings = new AppSettings(work.resolve("home"));
        settings.setNumber("window.width", 1200);
        settings.setNumber("window.height", 760);
        settings.setNumber("window.x", 0);
        settings.setNumber("window.y", 0);
        dialogs.showErrorsWith(new FxDialogService(stage));
        workspace = new Workspace(Fixtures.sample(), dialogs, settings, UiExecutors.direct());
        new MainWindow(stage, workspace).show();
        stage.toFront();
    }

    @Test
    void breakingARuleShowsItsBadgeAndApplyingTheMitigationRemovesIt(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        String before = badgeText(robot, CALL);

        robot.interact(() -> workspace.session().execute(
                SetAttributeCommand.of(CALL, EdgeAttributes.TLS, TlsMode.NONE)));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(before).isEqualTo("1 medium");
        assertThat(badgeText(robot, CALL)).isEqualTo("3 high");
        assertThat(accents(robot, CALL)).containsExactly("severity-high");
        assertThat(robot.lookup("#analysis-counts").queryAs(Label.class).getText()).startsWith("Open findings: ");
        assertThat(robot.lookup("#findings-veil").query().isVisible()).isFalse();

        selectRow(robot, KEY);
        robot.clickOn("#apply-mitigation");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(workspace.session().current().edges().get(CALL).get(EdgeAttributes.TLS).value())
                .isEqualTo(TlsMode.MTLS);
        assertThat(badgeText(robot, CALL)).isEqualTo(before);
        assertThat(accents(robot, CALL)).containsExactly("severity-medium");
        assertThat(keysInTable(robot)).doesNotContain(KEY);

        robot.interact(() -> workspace.findings().overlay().visibleProperty().set(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(accents(robot, CALL)).isEmpty();
    }

    @Test
    void aZoneWithFindingsTakesItsWorstSeverityAsItsOwnTintUntilTheOverlayIsHidden(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.shape.Rectangle body = robot.lookup("#zone-z-cluster .zone-body")
                .queryAs(javafx.scene.shape.Rectangle.class);
        javafx.scene.shape.Rectangle frame = robot.lookup("#zone-z-cluster .zone-frame")
                .queryAs(javafx.scene.shape.Rectangle.class);
        javafx.scene.paint.Color high = Severities.color(org.threatmesh.rules.Severity.HIGH);
        javafx.scene.paint.Color cluster = javafx.scene.paint.Color.web(
                org.threatmesh.app.canvas.ZoneSkin.colorOf(org.threatmesh.model.ZoneKind.CLUSTER));

        assertThat(badgeText(robot, org.threatmesh.model.ZoneId.of("z-cluster"))).isEqualTo("1 high");
        assertThat(body.getFill()).isEqualTo(javafx.scene.paint.Color.color(high.getRed(), high.getGreen(),
                high.getBlue(), 0.10));
        assertThat(frame.getStroke()).isEqualTo(high);
        assertThat(robot.lookup("#diagram-world .finding-zone").tryQuery()).isEmpty();

        robot.interact(() -> workspace.findings().overlay().visibleProperty().set(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(body.getFill()).isEqualTo(javafx.scene.paint.Color.color(cluster.getRed(), cluster.getGreen(),
                cluster.getBlue(), 0.07));
        assertThat(frame.getStroke()).isEqualTo(cluster);
    }

    @Test
    void reopeningTheSameFileKeepsTheSeverityColoursOnTheNewSkins(FxRobot robot) {
        Path file = work.resolve("shop.threatmesh.json");
        dialogs.answerSave(file);
        robot.interact(() -> workspace.documents().saveAs());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(accents(robot, CALL)).containsExactly("severity-medium");

        // Every element is reloaded while the findings, and so the badges, stay the same.
        robot.interact(() -> workspace.documents().open(file));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(accents(robot, CALL)).containsExactly("severity-medium");
        assertThat(robot.lookup("#zone-z-cluster .zone-frame").queryAs(javafx.scene.shape.Rectangle.class)
                .getStroke()).isEqualTo(Severities.color(org.threatmesh.rules.Severity.HIGH));
    }

    /** The severity pseudo-classes on the call's own skin, which colour its line. */
    private static java.util.List<String> accents(FxRobot robot, org.threatmesh.model.ElementId call) {
        return robot.lookup("#edge-" + call.value()).query().getPseudoClassStates().stream()
                .map(javafx.css.PseudoClass::getPseudoClassName).filter(name -> name.startsWith("severity-"))
                .sorted().toList();
    }

    @Test
    void triageIsSavedWithTheModelAndKeptOnReopening(FxRobot robot) {
        robot.interact(() -> workspace.session().execute(
                SetAttributeCommand.of(CALL, EdgeAttributes.TLS, TlsMode.NONE)));
        selectRow(robot, KEY);
        robot.clickOn("#triage-justification").write("Catalog is public data; mesh upgrade planned");
        robot.clickOn("#triage-apply");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workspace.session().current().triage().get(KEY).status()).isEqualTo(TriageStatus.MITIGATED);

        Path file = work.resolve("shop.threatmesh.json");
        dialogs.answerSave(file);
        robot.interact(() -> workspace.documents().saveAs());
        robot.interact(() -> workspace.documents().newEmpty());
        assertThat(workspace.session().current().triage()).isEmpty();
        robot.interact(() -> workspace.documents().open(file));
        WaitForAsyncUtils.waitForFxEvents();

        var decision = workspace.session().current().triage().get(KEY);
        assertThat(decision.status()).isEqualTo(TriageStatus.MITIGATED);
        assertThat(decision.justification()).isEqualTo("Catalog is public data; mesh upgrade planned");
        Finding reopened = workspace.findings().findings().rows().stream().filter(f -> f.key().equals(KEY))
                .findFirst().orElseThrow();
        assertThat(workspace.findings().findings().effectiveStatus(reopened)).isEqualTo(TriageStatus.MITIGATED);
    }

    @Test
    void reviewModeStepsThroughOpenHighAndCriticalFindingsByKeyboard(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(javafx.scene.input.KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#review-mode").tryQuery()).isPresent();
        assertThat(text(robot, "#review-progress")).isEqualTo("1 of 14");
        assertThat(text(robot, "#review-title")).startsWith("CRITICAL · ");
        assertThat(workspace.canvas().selection().snapshot())
                .containsExactly(org.threatmesh.model.NodeId.of("n-orders-db"));

        robot.push(javafx.scene.input.KeyCode.RIGHT);
        robot.push(javafx.scene.input.KeyCode.RIGHT);
        assertThat(text(robot, "#review-progress")).isEqualTo("3 of 14");
        robot.push(javafx.scene.input.KeyCode.LEFT);
        assertThat(text(robot, "#review-progress")).isEqualTo("2 of 14");
        assertThat(text(robot, "#review-title")).startsWith("HIGH · ");

        robot.clickOn("#review-justification").write("Agreed in the meeting");
        robot.clickOn("#review-accepted-risk");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#review-status")).isEqualTo("Status: Accepted risk");
        // The sample ships three decisions of its own; review added the fourth.
        assertThat(workspace.session().current().triage()).hasSize(4);

        robot.push(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#review-mode").tryQuery()).isEmpty();
        assertThat(robot.lookup("#diagram").tryQuery()).isPresent();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private String badgeText(FxRobot robot, org.threatmesh.model.ElementId element) {
        return robot.lookup("#badge-" + element.value()).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    @SuppressWarnings("unchecked")
    private void selectRow(FxRobot robot, String key) {
        TableView<Finding> table = robot.lookup("#findings-table").queryAs(TableView.class);
        robot.interact(() -> {
            Finding row = table.getItems().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().select(row);
            table.scrollTo(row);
        });
    }

    @SuppressWarnings("unchecked")
    private java.util.List<String> keysInTable(FxRobot robot) {
        TableView<Finding> table = robot.lookup("#findings-table").queryAs(TableView.class);
        return table.getItems().stream().map(Finding::key).toList();
    }
}
