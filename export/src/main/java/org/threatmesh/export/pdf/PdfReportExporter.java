package org.threatmesh.export.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.threatmesh.icons.IconLibrary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.threatmesh.export.ExportCancelledException;
import org.threatmesh.export.ExportException;
import org.threatmesh.export.ExportProgress;
import org.threatmesh.export.report.Report;
import org.threatmesh.export.report.ReportBuilder;
import org.threatmesh.export.report.ReportInput;
import org.threatmesh.export.report.Section;
import org.threatmesh.model.io.ModelFiles;

/**
 * Writes the PDF threat report (stage two of house style §5.6): builds the {@link Report} with
 * {@link ReportBuilder}, lays it out with PDFBox and saves it. The same input and clock give the same bytes.
 *
 * <p>Progress goes to the given {@link ExportProgress} after each section; cancellation is checked before every
 * new page and section and ends the export with {@link ExportCancelledException} without writing anything.
 * Instances are immutable and may be shared; each call works on its own document.
 */
public final class PdfReportExporter {

    private final NodeIcons icons;
    private final ReportBuilder builder = new ReportBuilder();

    /** An exporter drawing node kinds with {@code icons}; kinds without an icon show a short label. */
    public PdfReportExporter(NodeIcons icons) {
        this.icons = Objects.requireNonNull(icons, "icons");
    }

    /** An exporter drawing node kinds with the shared icon artwork, the same the editor shows. */
    public PdfReportExporter() {
        this(IconLibrary::find);
    }

    /**
     * Renders the report to {@code target} atomically: the file is replaced only once the whole PDF exists, so a
     * failure or cancellation leaves any earlier file untouched.
     *
     * @throws ExportException          naming {@code target} when the file cannot be written
     * @throws ExportCancelledException when {@code progress} asked to cancel
     */
    public void export(ReportInput input, Path target, ExportProgress progress) {
        byte[] pdf = render(input, progress);
        try {
            ModelFiles.writeAtomically(target, pdf);
        } catch (IOException e) {
            throw new ExportException("cannot write the report to " + target + ": " + describe(e), e);
        }
        progress.progress("Report written", 1.0);
    }

    /**
     * Renders the report to {@code out}. Nothing is written to {@code out} before rendering has finished; the
     * caller owns and closes the stream.
     *
     * @throws ExportException          when {@code out} fails
     * @throws ExportCancelledException when {@code progress} asked to cancel
     */
    public void export(ReportInput input, OutputStream out, ExportProgress progress) {
        byte[] pdf = render(input, progress);
        try {
            out.write(pdf);
        } catch (IOException e) {
            throw new ExportException("cannot write the report: " + describe(e), e);
        }
        progress.progress("Report written", 1.0);
    }

    /** Builds and renders the report into memory. */
    byte[] render(ReportInput input, ExportProgress progress) {
        Objects.requireNonNull(progress, "progress");
        checkCancelled(progress);
        progress.progress("Preparing the report", 0.02);
        Report report = builder.build(input);
        return render(report, input.model().info().name(), DocumentId.of(input), progress);
    }

    byte[] render(Report report, String modelName, byte[] documentId, ExportProgress progress) {
        try (PDDocument document = new PDDocument()) {
            Fonts fonts = new Fonts(document);
            Pager pager = new Pager(document, fonts, () -> checkCancelled(progress));
            SectionRenderer sections = new SectionRenderer(icons);
            List<Section> all = report.sections();
            for (int i = 0; i < all.size(); i++) {
                Section section = all.get(i);
                checkCancelled(progress);
                String step = "Rendering " + section.title().toLowerCase(java.util.Locale.ROOT);
                double start = 0.05 + 0.8 * i / all.size();
                double span = 0.8 / all.size();
                progress.progress(step, start);
                int[] reported = {0};
                sections.render(section, pager, (done, total) -> {
                    int percent = 100 * done / total;
                    if (percent >= reported[0] + 5 && done < total) {
                        reported[0] = percent;
                        progress.progress(step, start + span * done / total);
                    }
                });
            }
            checkCancelled(progress);
            progress.progress("Adding page numbers, links and bookmarks", 0.88);
            new DocumentFinisher(document, pager).finish(report.metadata(),
                    modelName + " · Threat model report", documentId);
            progress.progress("Saving the PDF", 0.94);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException | UncheckedIOException e) {
            throw new ExportException("cannot render the report: " + describe(e), e);
        }
    }

    private static void checkCancelled(ExportProgress progress) {
        if (progress.isCancelled()) {
            throw new ExportCancelledException();
        }
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
