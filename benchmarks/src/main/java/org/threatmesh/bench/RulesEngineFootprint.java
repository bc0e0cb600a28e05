package org.threatmesh.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Clock;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.testing.ModelGenerator;
import org.threatmesh.rules.engine.AnalysisResult;
import org.threatmesh.rules.engine.Analyzer;

/**
 * Issue 3: peak heap of analysing a 5,000-service model under 512 MB. Run with {@code -Xmx512m} (the bench script
 * does) so exceeding the budget fails outright; prints the peak of the heap pools during repeated full and
 * incremental analyses. Run: {@code ./bench rules-footprint [services]}.
 */
public final class RulesEngineFootprint {

    private RulesEngineFootprint() {
    }

    public static void main(String[] args) {
        int services = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        ThreatModel model = ModelGenerator.generate(services, 42);
        Analyzer analyzer = new Analyzer(org.threatmesh.rules.builtin.BuiltInRules.all(), Clock.systemUTC());
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        AnalysisResult result = null;
        for (int i = 0; i < 10; i++) {
            result = analyzer.analyze(model.withInfo(model.info()));
            result.coverage();
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        long retained = usedAfterGc();
        System.out.printf("services=%d nodes=%d edges=%d findings=%d max heap=%.0f MB peak heap (sum of pool peaks)"
                + "=%.1f MB live after analysis (model + result)=%.1f MB%n", services, model.nodes().size(),
                model.edges().size(), result.findings().size(), Runtime.getRuntime().maxMemory() / 1e6, peak / 1e6,
                retained / 1e6);
        if (result.findings().isEmpty()) {
            throw new IllegalStateException("keeps the result reachable until measured");
        }
    }

    private static long usedAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
        }
        return used;
    }
}
