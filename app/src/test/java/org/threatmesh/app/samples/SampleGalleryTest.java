package org.threatmesh.app.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.threatmesh.app.editing.EditingSession;
import org.threatmesh.app.files.DocumentViewModel;
import org.threatmesh.app.files.RecoveryStore;
import org.threatmesh.app.layout.AutoLayout;
import org.threatmesh.app.testing.Fixtures;
import org.threatmesh.app.testing.ScriptedDialogs;
import org.threatmesh.app.ui.AppSettings;
import org.threatmesh.app.ui.DialogService.UnsavedChoice;
import org.threatmesh.app.ui.UiExecutors;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.edit.RenameCommand;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.samples.Sample;
import org.threatmesh.samples.SampleCatalog;
import org.junit.jupiter.api.io.TempDir;

class SampleGalleryTest {

    @TempDir
    Path home;

    @Test
    void offersEverySampleInCatalogOrderAndOpensOneAsAnUntitledDocument() {
        ScriptedDialogs dialogs = new ScriptedDialogs();
        EditingSession session = new EditingSession(Fixtures.small());
        DocumentViewModel documents = new DocumentViewModel(session, dialogs, new AppSettings(home), new RecoveryStore(
                home), UiExecutors.direct(), AutoLayout::placeUnplaced);
        SampleGalleryViewModel gallery = new SampleGalleryViewModel(SampleCatalog.all(), documents::newFromSample);
        Sample bookinfo = gallery.find("bookinfo").orElseThrow();

        assertThat(gallery.samples()).extracting(Sample::id).containsExactlyElementsOf(
                SampleCatalog.all().stream().map(Sample::id).toList());
        assertThat(gallery.open(bookinfo)).isTrue();

        assertThat(session.current().nodes().keySet()).isEqualTo(bookinfo.load().nodes().keySet());
        assertThat(session.current().info().name()).isEqualTo(bookinfo.load().info().name());
        assertThat(session.file()).isEmpty();
        assertThat(session.isDirty()).isFalse();
    }

    @Test
    void keepingUnsavedChangesKeepsTheCurrentDocument() {
        ScriptedDialogs dialogs = new ScriptedDialogs().answerUnsaved(UnsavedChoice.CANCEL);
        EditingSession session = new EditingSession(Fixtures.small());
        session.execute(new RenameCommand(NodeId.of("n-a"), "Renamed", "rename"));
        DocumentViewModel documents = new DocumentViewModel(session, dialogs, new AppSettings(home), new RecoveryStore(
                home), UiExecutors.direct(), AutoLayout::placeUnplaced);
        SampleGalleryViewModel gallery = new SampleGalleryViewModel(SampleCatalog.all(), documents::newFromSample);

        assertThat(gallery.open(SampleCatalog.find("sock-shop").orElseThrow())).isFalse();

        assertThat(session.current().nodes().get(NodeId.of("n-a")).name()).isEqualTo("Renamed");
        assertThat(dialogs.questions()).containsExactly("unsaved Small");
    }

    @Test
    void refusesSamplesItDoesNotOffer() {
        SampleGalleryViewModel gallery = new SampleGalleryViewModel(List.of(SampleCatalog.defaultSample()),
                sample -> true);
        assertThat(gallery.find("bookinfo")).isEmpty();
        assertThatThrownBy(() -> gallery.open(SampleCatalog.find("bookinfo").orElseThrow()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("not an offered sample: bookinfo");
    }

    @Test
    void rendersEachThumbnailOnceAndServesItFromTheCache() {
        List<String> rendered = new ArrayList<>();
        SampleThumbnails<String> thumbnails = new SampleThumbnails<>(model -> {
            rendered.add(model.info().name());
            return model.info().name() + ":" + model.nodes().size();
        }, Sample::load);

        for (int round = 0; round < 3; round++) {
            for (Sample sample : SampleCatalog.all()) {
                ThreatModel model = sample.load();
                assertThat(thumbnails.thumbnail(sample)).isEqualTo(model.info().name() + ":" + model.nodes().size());
            }
        }

        assertThat(rendered).hasSize(SampleCatalog.all().size());
        assertThat(thumbnails.size()).isEqualTo(SampleCatalog.all().size());
    }

    @Test
    void launchArgumentsOpenAFileASampleOrExplainWhatIsWrong() {
        assertThat(LaunchRequest.parse(List.of())).isEqualTo(new LaunchRequest.DefaultDocument());
        assertThat(LaunchRequest.parse(List.of("shop.threatmesh.json")))
                .isEqualTo(new LaunchRequest.OpenFile(Path.of("shop.threatmesh.json")));
        Sample bookinfo = SampleCatalog.find("bookinfo").orElseThrow();
        assertThat(LaunchRequest.parse(List.of("--sample", "bookinfo"))).isEqualTo(new LaunchRequest.OpenSample(
                bookinfo));
        assertThat(LaunchRequest.parse(List.of("--sample=bookinfo"))).isEqualTo(new LaunchRequest.OpenSample(
                bookinfo));
        String known = String.join(", ", SampleCatalog.all().stream().map(Sample::id).toList());
        assertThat(LaunchRequest.parse(List.of("--sample", "nope")))
                .isEqualTo(new LaunchRequest.Invalid("Unknown sample 'nope'. Known samples: " + known));
        assertThat(LaunchRequest.parse(List.of("--sample")))
                .isEqualTo(new LaunchRequest.Invalid("--sample needs a sample id: " + known));
        assertThat(LaunchRequest.parse(List.of("--verbose"))).isEqualTo(new LaunchRequest.Invalid(
                "Unknown option --verbose. Use: threatmesh-app [FILE | --sample ID]"));
        assertThat(Optional.of(LaunchRequest.parse(List.of("--sample", "bookinfo")))).isPresent();
    }
}
