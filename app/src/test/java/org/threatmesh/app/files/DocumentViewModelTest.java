package org.threatmesh.app.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threatmesh.app.editing.EditingSession;
import org.threatmesh.app.testing.Fixtures;
import org.threatmesh.app.testing.ScriptedDialogs;
import org.threatmesh.app.ui.AppSettings;
import org.threatmesh.app.ui.DialogService.UnsavedChoice;
import org.threatmesh.app.ui.UiExecutors;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.edit.RenameCommand;
import org.threatmesh.model.io.ModelFiles;
import org.threatmesh.samples.SampleCatalog;

class DocumentViewModelTest {

    @TempDir
    Path home;
    @TempDir
    Path work;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private EditingSession session;
    private DocumentViewModel documents;

    private void start(ThreatModel model) {
        session = new EditingSession(model);
        documents = new DocumentViewModel(session, dialogs, new AppSettings(home), new RecoveryStore(home),
                UiExecutors.direct(), m -> m);
    }

    @Test
    void titleShowsTheNameAndAStarWhileDirty() {
        start(Fixtures.sample());
        assertThat(documents.titleBinding().get()).isEqualTo("Online shop — ThreatMesh");

        session.execute(new RenameCommand(NodeId.of("n-cart"), "Basket"));

        assertThat(documents.titleBinding().get()).isEqualTo("*Online shop — ThreatMesh");
    }

    @Test
    void saveAsWritesCanonicalFileMarksCleanAndRemembersIt() throws Exception {
        start(Fixtures.sample());
        session.execute(new RenameCommand(NodeId.of("n-cart"), "Basket"));
        Path target = work.resolve("shop");
        dialogs.answerSave(target);

        assertThat(documents.save()).isTrue();

        Path written = work.resolve("shop.threatmesh.json");
        assertThat(new ModelFiles().load(written)).isEqualTo(session.current());
        assertThat(session.isDirty()).isFalse();
        assertThat(session.file()).contains(written);
        assertThat(documents.titleBinding().get()).isEqualTo("shop.threatmesh.json — ThreatMesh");
        assertThat(documents.recentFiles()).containsExactly(written.toAbsolutePath());
        assertThat(dialogs.questions()).containsExactly("save MODEL online-shop.threatmesh.json");
    }

    @Test
    void openLoadsTheFileAndReopeningGivesAnEqualModel() throws Exception {
        start(Fixtures.sample());
        Path file = work.resolve("small.threatmesh.json");
        new ModelFiles().save(Fixtures.small(), file);
        dialogs.answerOpen(file);

        assertThat(documents.open()).isTrue();

        assertThat(session.current()).isEqualTo(Fixtures.small());
        assertThat(session.canUndoProperty().get()).isFalse();
        assertThat(session.file()).contains(file);
    }

    @Test
    void corruptedFileShowsTheLocatedProblemAndKeepsTheDocument() throws IOException {
        start(Fixtures.sample());
        Path bad = work.resolve("broken.threatmesh.json");
        Files.writeString(bad, "{\n  \"schemaVersion\": 1,\n  \"model\": { \"name\": 7 \n", StandardCharsets.UTF_8);

        assertThat(documents.open(bad)).isFalse();

        assertThat(dialogs.errors()).hasSize(1);
        ScriptedDialogs.ShownError error = dialogs.errors().get(0);
        assertThat(error.title()).isEqualTo("Cannot open model");
        assertThat(error.summary()).isEqualTo("broken.threatmesh.json is not a valid ThreatMesh model.");
        assertThat(error.details()).startsWith(bad.toString() + ":").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(session.current()).isEqualTo(Fixtures.sample());
    }

    @Test
    void unsavedChangesPromptCanCancelDiscardOrSave() {
        start(Fixtures.sample());
        session.execute(new RenameCommand(NodeId.of("n-cart"), "Basket"));

        dialogs.answerUnsaved(UnsavedChoice.CANCEL);
        assertThat(documents.newEmpty()).isFalse();
        assertThat(session.current().info().name()).isEqualTo("Online shop");

        dialogs.answerUnsaved(UnsavedChoice.SAVE).answerSave(work.resolve("kept.threatmesh.json"));
        assertThat(documents.newEmpty()).isTrue();
        assertThat(Files.isRegularFile(work.resolve("kept.threatmesh.json"))).isTrue();
        assertThat(session.current().info().name()).isEqualTo("Untitled system");

        session.execute(new org.threatmesh.model.edit.ReplaceModelInfoCommand(
                org.threatmesh.model.ModelInfo.named("Scratch"), ""));
        dialogs.answerUnsaved(UnsavedChoice.DISCARD);
        assertThat(documents.newFromSample(SampleCatalog.defaultSample())).isTrue();
        assertThat(session.current()).isEqualTo(Fixtures.sample());
        assertThat(dialogs.questions()).filteredOn(q -> q.startsWith("unsaved")).hasSize(3);
    }

    @Test
    void droppedFilesOpenTheFirstModelFile() throws IOException {
        start(Fixtures.sample());
        Path model = work.resolve("dropped.threatmesh.json");
        new ModelFiles().save(Fixtures.small(), model);
        Path text = Files.writeString(work.resolve("notes.txt"), "hello");

        assertThat(documents.openDropped(List.of(text))).isFalse();
        assertThat(documents.openDropped(List.of(text, model))).isTrue();
        assertThat(session.current()).isEqualTo(Fixtures.small());
    }

    @Test
    void autosaveWritesARecoveryCopyThatTheNextStartOffersBackAsAnUndoableChange() throws Exception {
        Path saved = work.resolve("shop.threatmesh.json");
        new ModelFiles().save(Fixtures.sample(), saved);
        start(Fixtures.sample());
        documents.open(saved);
        session.execute(new RenameCommand(NodeId.of("n-cart"), "Basket"));
        documents.autosave();
        ThreatModel unsaved = session.current();

        // a new start after a crash
        start(ThreatModel.empty("Fresh start"));
        dialogs.answerConfirm(true);
        assertThat(documents.offerRecovery()).isTrue();

        assertThat(session.current()).isEqualTo(unsaved);
        assertThat(session.file()).contains(saved);
        assertThat(session.isDirty()).isTrue();
        assertThat(session.undoDescriptionProperty().get()).isEqualTo("Recover unsaved changes");
        session.undo();
        assertThat(session.current()).isEqualTo(Fixtures.sample());

        documents.closedNormally();
        start(ThreatModel.empty("Another start"));
        assertThat(documents.offerRecovery()).isFalse();
    }

    @Test
    void declinedRecoveryIsDiscarded() {
        start(Fixtures.sample());
        session.execute(new RenameCommand(NodeId.of("n-cart"), "Basket"));
        documents.autosave();
        start(ThreatModel.empty("Fresh start"));
        dialogs.answerConfirm(false);

        assertThat(documents.offerRecovery()).isFalse();
        assertThat(session.current().info().name()).isEqualTo("Fresh start");
        assertThat(new RecoveryStore(home).pending()).isEqualTo(Optional.empty());
    }
}
