package org.threatmesh.bench;

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
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.io.ModelLoadException;
import org.threatmesh.model.io.ModelReader;
import org.threatmesh.model.io.ModelWriter;
import org.threatmesh.model.testing.ModelGenerator;

/**
 * Issue 2: load + validate a 5,000-service file in under 500 ms warm, save it in under 300 ms. Loading includes
 * UTF-8 checking, parsing with locations, attribute validation and the model's invariant checks.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx3g"})
public class ModelIoBenchmark {

    @Param({"1000", "5000"})
    int services;

    private ThreatModel model;
    private byte[] file;
    private final ModelReader reader = new ModelReader();
    private final ModelWriter writer = new ModelWriter();

    @Setup
    public void generate() {
        model = ModelGenerator.generate(services, 42);
        file = writer.write(model);
    }

    @Benchmark
    public ThreatModel loadAndValidate() throws ModelLoadException {
        return reader.read(file, "bench.threatmesh.json");
    }

    @Benchmark
    public byte[] save() {
        return writer.write(model);
    }
}
