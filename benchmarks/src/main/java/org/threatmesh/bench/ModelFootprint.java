package org.threatmesh.bench;

import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.io.ModelReader;
import org.threatmesh.model.io.ModelWriter;
import org.threatmesh.model.testing.ModelGenerator;

/**
 * Issue 2: memory of a loaded 5,000-service model under 150 MB. Measures the heap retained by a model loaded from
 * its file (graph view built, as the rules need it), as the difference of used heap after full collections.
 * Run: {@code ./bench footprint [services]}.
 */
public final class ModelFootprint {

    private ModelFootprint() {
    }

    public static void main(String[] args) throws Exception {
        int services = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        byte[] file = new ModelWriter().write(ModelGenerator.generate(services, 42));
        long before = usedAfterGc();
        ThreatModel model = new ModelReader().read(file, "footprint.threatmesh.json");
        model.graph();
        long after = usedAfterGc();
        System.out.printf("services=%d nodes=%d edges=%d file=%.1f MB retained=%.1f MB%n", services,
                model.nodes().size(), model.edges().size(), file.length / 1e6, (after - before) / 1e6);
        if (model.nodes().isEmpty()) {
            throw new IllegalStateException("keeps the model reachable until measured");
        }
    }

    private static long usedAfterGc() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(100);
            used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
        }
        return used;
    }
}
