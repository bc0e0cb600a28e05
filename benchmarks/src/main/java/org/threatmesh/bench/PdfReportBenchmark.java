package org.threatmesh.bench;

import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.threatmesh.export.ExportProgress;
import org.threatmesh.export.pdf.PdfReportExporter;
import org.threatmesh.export.report.ReportInput;
import org.threatmesh.export.report.ReportOptions;
import org.threatmesh.export.report.TestAnalysis;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.testing.ModelGenerator;

/**
 * Issue 6: the PDF report of a 200-service model in under 5 s, of a 1,000-service model in under 20 s within a
 * 512 MB heap (the fork runs with -Xmx512m, so finishing at all shows the heap bound). One operation builds the
 * report document model, lays out every page and saves the PDF into memory; the analysis is done in setup.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx512m"})
public class PdfReportBenchmark {

    @Param({"200", "1000"})
    int services;

    private ReportInput input;
    private final PdfReportExporter exporter = new PdfReportExporter();

    @Setup
    public void analyse() {
        ThreatModel model = ModelGenerator.generate(services, 42);
        input = new ReportInput(model, TestAnalysis.findings(model), TestAnalysis.RULES,
                Clock.fixed(Instant.parse("2026-03-14T09:30:00Z"), ZoneOffset.UTC), ReportOptions.defaults());
    }

    @Benchmark
    public void renderReport() {
        exporter.export(input, OutputStream.nullOutputStream(), ExportProgress.NONE);
    }
}
