package org.threatmesh.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import org.threatmesh.export.ExportException;
import org.threatmesh.export.ExportProgress;
import org.threatmesh.export.pdf.PdfReportExporter;
import org.threatmesh.export.report.ReportInput;
import org.threatmesh.export.report.ReportOptions;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.io.ModelFiles;
import org.threatmesh.model.io.ModelLoadException;
import org.threatmesh.model.io.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code threatmesh export pdf FILE -o OUT.pdf}: writes the PDF threat report of a model. */
@Command(name = "pdf", mixinStandardHelpOptions = true,
        description = "Write the PDF threat report of a model. Exit 0 when written, 2 on bad input or a write error.")
final class ExportPdfCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "model file (.threatmesh.json)")
    private Path file;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.pdf", description = "report to write")
    private Path output;

    @Option(names = "--author", paramLabel = "NAME", description = "author on the cover (default: the model's author)")
    private String author = "";

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "report date, for reproducible output in CI (default: today, UTC)")
    private LocalDate date;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ThreatModel model;
        try {
            model = new ModelFiles().load(file);
        } catch (ModelLoadException e) {
            e.problems().stream().map(Problem::toString).forEach(err::println);
            err.flush();
            return ThreatMeshCli.EXIT_BAD_INPUT;
        }
        Clock clock = date == null ? Clock.systemUTC()
                : Clock.fixed(date.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
        ReportInput input = new ReportInput(model, List.of(), List.of(), clock,
                ReportOptions.defaults().withAuthor(author));
        try {
            new PdfReportExporter().export(input, output, ExportProgress.NONE);
        } catch (ExportException e) {
            err.println("threatmesh: " + e.getMessage());
            err.flush();
            return ThreatMeshCli.EXIT_BAD_INPUT;
        }
        out.println("wrote " + output);
        out.flush();
        return 0;
    }
}
