package org.threatmesh.bench;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.testing.ModelGenerator;
import org.threatmesh.rules.builtin.BuiltInRules;
import org.threatmesh.rules.engine.Analyzer;

/**
 * Issue 3's growth ratio measured inside one JVM: after a warm-up that analyses both sizes, it alternates five
 * analyses of the small model with one of the large, and prints both medians and their ratio. The two sizes then
 * run the same compiled code, and the host's drift hits both, so the spread between runs shows what is left: the
 * heap and the caches. Diagnostic, next to the goal's own measurement ({@code ./bench rules-growth}, separate JMH
 * forks per size).
 *
 * <p>Run: {@code ./bench rules-pair [small] [large] [warm-up seconds] [rounds]} (default 1000 5000 30 60).
 */
public final class RulesEngineGrowthInProcess {

    private RulesEngineGrowthInProcess() {
    }

    public static void main(String[] args) {
        int small = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int large = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        long warmUpNanos = (args.length > 2 ? Long.parseLong(args[2]) : 30) * 1_000_000_000L;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 60;
        ThreatModel smallModel = ModelGenerator.generate(small, 42);
        ThreatModel largeModel = ModelGenerator.generate(large, 42);
        Analyzer analyzer = new Analyzer(BuiltInRules.all(),
                Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC));
        int round = 0;
        long until = System.nanoTime() + warmUpNanos;
        while (System.nanoTime() < until) {
            analyzer.analyze(RulesEngineCpu.fresh(smallModel, round++));
            analyzer.analyze(RulesEngineCpu.fresh(largeModel, round++));
        }
        long[] smallNanos = new long[5 * rounds];
        long[] largeNanos = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            for (int k = 0; k < 5; k++) {
                long start = System.nanoTime();
                analyzer.analyze(RulesEngineCpu.fresh(smallModel, round++));
                smallNanos[5 * i + k] = System.nanoTime() - start;
            }
            long start = System.nanoTime();
            analyzer.analyze(RulesEngineCpu.fresh(largeModel, round++));
            largeNanos[i] = System.nanoTime() - start;
        }
        double smallMedian = median(smallNanos) / 1e6;
        double largeMedian = median(largeNanos) / 1e6;
        System.out.printf("%d services %.1f ms, %d services %.1f ms (medians of %d and %d analyses in one JVM), "
                + "growth %.2fx%n", small, smallMedian, large, largeMedian, smallNanos.length, rounds,
                largeMedian / smallMedian);
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
