package org.threatmesh.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.threatmesh.model.ModelInfo;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.testing.ModelGenerator;
import org.threatmesh.rules.builtin.BuiltInRules;
import org.threatmesh.rules.engine.AnalysisResult;
import org.threatmesh.rules.engine.Analyzer;

/**
 * Where a warm full analysis' time goes between the rules and the collector. It prints the median per analysis
 * of wall time, of the Java threads' CPU (the rules and the engine), of the process' CPU (adding the collector's
 * threads), and the collectors' pause time. On this 2-core machine, process CPU near twice the wall time means
 * both cores are saturated. Java-thread CPU growing linearly while wall time does not points at the collector.
 * Diagnostic, not a goal: the goals are measured by {@link RulesEngineBenchmark}.
 *
 * <p>Run: {@code ./bench rules-cpu [services] [warm-up seconds] [analyses] [keep|drop] [copies]}. With
 * {@code keep} (the default) the previous result stays reachable while the next is built, as in the editor. With
 * {@code drop} it does not, as in the JMH benchmark. With {@code copies} above 1 the model is that many disjoint
 * copies of the generated one (ids suffixed, attributes copied): exactly that many times the work for every rule,
 * graph rules included, so a ratio above the copy count is the machine's (collector, caches), not the rules'.
 */
public final class RulesEngineCpu {

    /** The previous result while the next is built, in {@code keep} mode; a static field, so it stays reachable. */
    private static AnalysisResult previous;

    private RulesEngineCpu() {
    }

    public static void main(String[] args) {
        int services = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        long warmUpNanos = (args.length > 1 ? Long.parseLong(args[1]) : 30) * 1_000_000_000L;
        int analyses = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        boolean keep = args.length <= 3 || !args[3].equals("drop");
        int copies = args.length > 4 ? Integer.parseInt(args[4]) : 1;
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        ThreatModel model = DisjointCopies.of(ModelGenerator.generate(services, 42), copies);
        Analyzer analyzer = new Analyzer(BuiltInRules.all(), Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"),
                ZoneOffset.UTC));
        int round = 0;
        long warmUntil = System.nanoTime() + warmUpNanos;
        while (System.nanoTime() < warmUntil) {
            previous = analyzer.analyze(fresh(model, round++));
        }
        long[] wall = new long[analyses];
        long[] javaCpu = new long[analyses];
        long[] processCpu = new long[analyses];
        long pausesBefore = collectorMillis();
        for (int i = 0; i < analyses; i++) {
            long javaStart = javaThreadsCpu(threads);
            long processStart = os.getProcessCpuTime();
            long start = System.nanoTime();
            AnalysisResult result = analyzer.analyze(fresh(model, round++));
            wall[i] = System.nanoTime() - start;
            processCpu[i] = os.getProcessCpuTime() - processStart;
            javaCpu[i] = javaThreadsCpu(threads) - javaStart;
            previous = keep ? result : null;
        }
        double pauses = (collectorMillis() - pausesBefore) / (double) analyses;
        System.out.printf("%d services%s, median of %d analyses after %d s (previous result %s): wall %.1f ms, "
                + "Java threads' CPU %.1f ms, process CPU %.1f ms, collector pauses %.1f ms (mean)%n", services,
                copies > 1 ? " x " + copies + " disjoint copies" : "", analyses, warmUpNanos / 1_000_000_000L, keep ? "kept" : "dropped", median(wall), median(javaCpu),
                median(processCpu), pauses);
    }

    /** The same content as a new snapshot, so each analysis builds its indexes as on a fresh edit. */
    static ThreatModel fresh(ThreatModel model, int round) {
        ModelInfo info = model.info();
        return model.withInfo(new ModelInfo(info.name() + (round % 2 == 0 ? " " : ""), info.description(),
                info.author(), info.version()));
    }

    private static long javaThreadsCpu(ThreadMXBean threads) {
        long total = 0;
        for (long id : threads.getAllThreadIds()) {
            total += Math.max(0, threads.getThreadCpuTime(id));
        }
        return total;
    }

    private static long collectorMillis() {
        long total = 0;
        for (var collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, collector.getCollectionTime());
        }
        return total;
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }
}
