package org.threatmesh.bench;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.threatmesh.model.Edge;
import org.threatmesh.model.Node;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.TrustZone;
import org.threatmesh.model.testing.ModelGenerator;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.EdgeRule;
import org.threatmesh.rules.ModelRule;
import org.threatmesh.rules.NodeRule;
import org.threatmesh.rules.Rule;
import org.threatmesh.rules.ZoneRule;
import org.threatmesh.rules.builtin.BuiltInRules;
import org.threatmesh.rules.engine.Analyzer;

/**
 * Where full analysis spends its time: each built-in rule evaluated alone over all its targets of a generated
 * model, on one thread, after warm-up: "warm" on a snapshot whose derived caches other rules already built, "cold" on a
 * fresh snapshot (so the caches the rule needs are included). Prints the medians of the rounds per rule, the
 * slowest first, and the sum of the warm times. Diagnostic, not a goal: the
 * goals are measured by {@link RulesEngineBenchmark}. Run: {@code ./bench rules-profile [services] [rounds]}.
 */
public final class RuleProfile {

    private RuleProfile() {
    }

    public static void main(String[] args) {
        int services = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        ThreatModel model = ModelGenerator.generate(services, 42);
        List<Rule> rules = BuiltInRules.all();
        Analyzer analyzer = new Analyzer(rules, Clock.systemUTC());
        for (int i = 0; i < 3; i++) {
            analyzer.analyze(model.withInfo(model.info()));
        }
        long[][] nanos = new long[rules.size()][rounds];
        long[][] cold = new long[rules.size()][rounds];
        long[] full = new long[rounds];
        for (int round = 0; round < rounds; round++) {
            AnalysisContext shared = new AnalysisContext(model.withInfo(model.info()));
            for (int r = 0; r < rules.size(); r++) {
                AnalysisContext context = new AnalysisContext(model.withInfo(model.info()));
                context.graph();
                long start = System.nanoTime();
                runAlone(rules.get(r), context);
                cold[r][round] = System.nanoTime() - start;
                runAlone(rules.get(r), shared);
            }
            for (int r = 0; r < rules.size(); r++) {
                long start = System.nanoTime();
                runAlone(rules.get(r), shared);
                nanos[r][round] = System.nanoTime() - start;
            }
            long start = System.nanoTime();
            analyzer.analyze(model.withInfo(model.info()));
            full[round] = System.nanoTime() - start;
        }
        List<long[]> rows = new ArrayList<>();
        long sum = 0;
        for (int r = 0; r < rules.size(); r++) {
            long median = median(nanos[r]);
            sum += median;
            rows.add(new long[] {r, median, median(cold[r])});
        }
        rows.sort((a, b) -> Long.compare(b[1], a[1]));
        System.out.printf("%d services: %d nodes, %d calls; medians of %d rounds, one thread;%n"
                + "  warm (snapshot caches built by earlier rules)  cold (fresh snapshot)%n", services,
                model.nodes().size(), model.edges().size(), rounds);
        for (long[] row : rows) {
            System.out.printf("%9.2f ms  %9.2f ms  %s%n", row[1] / 1e6, row[2] / 1e6,
                    rules.get((int) row[0]).metadata().id());
        }
        System.out.printf("%9.2f ms  sum of rules alone%n", sum / 1e6);
        System.out.printf("%9.2f ms  full analysis (engine, parallel)%n", median(full) / 1e6);
    }

    private static void runAlone(Rule rule, AnalysisContext context) {
        ThreatModel model = context.model();
        switch (rule.metadata().targets().type()) {
            case NODE -> {
                for (Node node : model.nodes().values()) {
                    if (rule.metadata().targets().nodeKinds().contains(node.kind())) {
                        ((NodeRule) rule).evaluate(node, context);
                    }
                }
            }
            case EDGE -> {
                for (Edge edge : model.edges().values()) {
                    ((EdgeRule) rule).evaluate(edge, context);
                }
            }
            case ZONE -> {
                for (TrustZone zone : model.zones().values()) {
                    ((ZoneRule) rule).evaluate(zone, context);
                }
            }
            case MODEL -> ((ModelRule) rule).evaluate(context);
        }
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
