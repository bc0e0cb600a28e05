package org.threatmesh.bench;

import java.util.EnumSet;
import java.util.List;
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
import org.threatmesh.export.config.ConfigBundle;
import org.threatmesh.export.config.ConfigExporter;
import org.threatmesh.export.manifest.Target;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.testing.ModelGenerator;

/**
 * Issue 7: export every target (Kubernetes, Istio, Gateway API, Kong) for a 5,000-service generated model in under
 * 3 s. Measures planning and rendering to bytes in memory, README included; writing to disk is excluded so the
 * number does not depend on the file system.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class ConfigExportBenchmark {

    @Param({"1000", "5000"})
    int services;

    private ThreatModel model;
    private final ConfigExporter exporter = new ConfigExporter();

    @Setup
    public void generate() {
        model = ModelGenerator.generate(services, 42);
    }

    @Benchmark
    public ConfigBundle allTargets() {
        return exporter.plan(model, List.of(), EnumSet.allOf(Target.class));
    }
}
