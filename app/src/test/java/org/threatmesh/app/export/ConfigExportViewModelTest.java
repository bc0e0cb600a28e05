package org.threatmesh.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threatmesh.app.testing.Fixtures;
import org.threatmesh.app.ui.UiExecutors;
import org.threatmesh.export.config.ConfigBundle;
import org.threatmesh.export.config.ConfigExporter;
import org.threatmesh.export.manifest.Target;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.rules.Finding;
import org.threatmesh.rules.engine.Analyzer;

class ConfigExportViewModelTest {

    @TempDir
    Path work;

    private final ThreatModel sample = Fixtures.sample();
    private final ScriptedExportDialogs dialogs = new ScriptedExportDialogs();
    private final Analyzer analyzer = Analyzer.withBuiltInRules();

    private ConfigExportViewModel export(UiExecutors executors) {
        return new ConfigExportViewModel(() -> sample, Optional.of(work.resolve("shop.threatmesh.json")), dialogs,
                executors, analyzer);
    }

    @Test
    void previewListsExactlyTheFilesTheExporterWritesWithTheFirstYamlShownAndTheReadme() {
        ConfigExportViewModel export = export(UiExecutors.direct());
        export.refreshPreview();

        List<Finding> findings = analyzer.analyze(sample).findings();
        ConfigBundle expected = new ConfigExporter().plan(sample, findings, EnumSet.allOf(Target.class));
        assertThat(export.files()).containsExactlyElementsOf(expected.paths()).contains(ConfigBundle.README);
        assertThat(export.files()).anyMatch(p -> p.startsWith("k8s/")).anyMatch(p -> p.startsWith("istio/"))
                .anyMatch(p -> p.startsWith("gateway-api/")).anyMatch(p -> p.startsWith("kong/"));
        String first = expected.paths().stream().filter(p -> !p.equals(ConfigBundle.README)).findFirst().orElseThrow();
        assertThat(export.selectedFileProperty().get()).isEqualTo(first);
        assertThat(export.selectedTextProperty().get()).isEqualTo(expected.text(first));
        assertThat(export.readmeProperty().get()).isEqualTo(expected.readme())
                .startsWith("# ThreatMesh configuration export");
        assertThat(export.statusProperty().get()).isEqualTo((expected.paths().size() - 1)
                + " configuration files and README.md for Kubernetes, Istio, Kubernetes Gateway API, Kong (decK).");
        assertThat(export.previewReadyProperty().get()).isTrue();
        assertThat(export.canWrite()).isTrue();
    }

    @Test
    void selectingAFileShowsItsTextAndUnknownPathsAreIgnored() {
        ConfigExportViewModel export = export(UiExecutors.direct());
        export.refreshPreview();
        String last = export.files().get(export.files().size() - 1);

        export.select(last);
        assertThat(export.selectedFileProperty().get()).isEqualTo(last);
        String shown = export.selectedTextProperty().get();
        export.select("k8s/no-such-file.yaml");

        assertThat(export.selectedFileProperty().get()).isEqualTo(last);
        assertThat(export.selectedTextProperty().get()).isEqualTo(shown).isNotEmpty();
    }

    @Test
    void changingTargetsReplansAndNoTargetMeansNothingToWrite() {
        ConfigExportViewModel export = export(UiExecutors.direct());
        export.refreshPreview();
        for (Target target : List.of(Target.ISTIO, Target.GATEWAY_API, Target.KONG)) {
            export.selectedProperty(target).set(false);
        }

        assertThat(export.targets()).containsExactly(Target.K8S);
        assertThat(export.files()).isNotEmpty().allMatch(p -> p.startsWith("k8s/") || p.equals("README.md"));
        assertThat(export.files()).anyMatch(p -> p.startsWith("k8s/") && export.files().contains(p));
        export.selectedProperty(Target.K8S).set(false);

        assertThat(export.files()).isEmpty();
        assertThat(export.statusProperty().get()).isEqualTo("Choose at least one target.");
        assertThat(export.canWrite()).isFalse();
        assertThat(export.chooseFolderAndWrite()).isFalse();
        assertThat(dialogs.questions()).isEmpty();

        export.selectAll();
        assertThat(export.targets()).containsExactlyElementsOf(EnumSet.allOf(Target.class));
        assertThat(export.files()).anyMatch(p -> p.startsWith("kong/"));
    }

    @Test
    void aStalePlanFinishingLateDoesNotReplaceTheNewerPreview() {
        Deque<Runnable> background = new ArrayDeque<>();
        ConfigExportViewModel export = export(new UiExecutors(background::add, Runnable::run));
        export.refreshPreview();
        export.selectedProperty(Target.KONG).set(false);
        assertThat(export.busyProperty().get()).isTrue();
        assertThat(background).hasSize(2);

        background.removeLast().run();
        List<String> newer = List.copyOf(export.files());
        background.removeFirst().run();

        assertThat(export.files()).containsExactlyElementsOf(newer).noneMatch(p -> p.startsWith("kong/"));
        assertThat(export.busyProperty().get()).isFalse();
    }

    @Test
    void writesThePreviewedFilesIntoTheChosenFolder() throws Exception {
        Path folder = work.resolve("out");
        dialogs.answerFolder(folder);
        ConfigExportViewModel export = export(UiExecutors.direct());
        export.refreshPreview();

        assertThat(export.chooseFolderAndWrite()).isTrue();

        assertThat(dialogs.questions()).containsExactly("folder in " + work);
        assertThat(export.writtenProperty().get()).contains(folder);
        for (String path : export.files()) {
            assertThat(folder.resolve(path)).exists();
        }
        export.select(export.files().get(0));
        assertThat(Files.readString(folder.resolve(export.files().get(0))))
                .isEqualTo(export.selectedTextProperty().get());
        assertThat(export.statusProperty().get()).isEqualTo("Wrote " + export.files().size() + " files to "
                + folder + ".");
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void aFolderHoldingOtherFilesIsRefusedWithOneDialogAndLeftAlone() throws Exception {
        Path folder = Files.createDirectories(work.resolve("photos"));
        Files.writeString(folder.resolve("holiday.jpg"), "not ours");
        dialogs.answerFolder(folder);
        ConfigExportViewModel export = export(UiExecutors.direct());
        export.refreshPreview();

        export.chooseFolderAndWrite();

        assertThat(dialogs.errors()).singleElement().satisfies(error -> {
            assertThat(error.title()).isEqualTo("Export failed");
            assertThat(error.summary()).isEqualTo("The configuration could not be written to " + folder + ".");
            assertThat(error.details()).contains("is not empty and does not hold a previous ThreatMesh export")
                    .doesNotContain("\tat ");
        });
        assertThat(export.statusProperty().get()).isEqualTo("Nothing was written.");
        assertThat(export.writtenProperty().get()).isEmpty();
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(folder.resolve("holiday.jpg"));
        }
        assertThat(export.canWrite()).as("the preview stays for another try").isTrue();
    }

    @Test
    void cancellingTheFolderChooserWritesNothing() {
        ConfigExportViewModel export = export(UiExecutors.direct());
        export.refreshPreview();

        assertThat(export.chooseFolderAndWrite()).isFalse();

        assertThat(export.writtenProperty().get()).isEmpty();
        assertThat(dialogs.errors()).isEmpty();
    }
}
