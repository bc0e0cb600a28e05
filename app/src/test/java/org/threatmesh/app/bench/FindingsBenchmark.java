package org.threatmesh.app.bench;

import com.sun.javafx.perf.PerformanceTracker;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.collections.MapChangeListener;
import javafx.stage.Stage;
import org.threatmesh.app.findings.Badge;
import org.threatmesh.app.shell.MainWindow;
import org.threatmesh.app.shell.Workspace;
import org.threatmesh.app.testing.ScriptedDialogs;
import org.threatmesh.app.ui.AppSettings;
import org.threatmesh.app.ui.UiExecutors;
import org.threatmesh.model.Edge;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.attr.EdgeAttributes;
import org.threatmesh.model.attr.TlsMode;
import org.threatmesh.model.edit.SetAttributeCommand;
import org.threatmesh.model.testing.ModelGenerator;

/**
 * Findings overlay benchmark for issue 5 (not part of {@code mvn verify}; run {@code app/bench-findings.sh}). Opens
 * a generated model in the real window with the app's executors (a worker pool, results via
 * {@code Platform.runLater}) and measures:
 * <ol>
 *   <li>edit to badge: from executing an edit that breaks a rule on a call to the first frame rendered after the
 *       call's badge changed (background incremental analysis, delivery, overlay update, render);</li>
 *   <li>pulse time while dragging 100 nodes with an attribute edit of a call every 5th pulse, so analysis runs in
 *       the background throughout the drag (edits elsewhere do not end a drag), and the time between frames
 *       actually rendered meanwhile.</li>
 * </ol>
 * Besides wall times it reports CPU times of the FX thread (per edit and per pulse) and of the render thread (per
 * pulse), which other processes on a shared machine disturb far less. Arguments: services (default 1000), edits
 * (default 30). {@code -Dbench.noOverlay=true} hides the overlay for the drag, to tell its share of the frame cost;
 * {@code -Dbench.snapshot=FILE.png} saves what a frame mid-drag shows.
 */
public final class FindingsBenchmark {

    private static final int WARMUP_PULSES = 30;
    private static final int MEASURED_PULSES = 200;
    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();
    /** The FX thread's id, for its CPU time: wall times are noisy on a shared machine, CPU time much less. */
    private static long fxThread;

    private FindingsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int services = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        System.setProperty("javafx.animation.fullspeed", "true");
        ThreatModel model = ModelGenerator.generate(services, 42);
        ExecutorService workers = Executors.newFixedThreadPool(2, r -> {
            Thread thread = new Thread(r, "threatmesh-worker");
            thread.setDaemon(true);
            return thread;
        });
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        onFx(() -> fxThread = Thread.currentThread().getId());
        Workspace[] workspace = new Workspace[1];
        MainWindow[] window = new MainWindow[1];
        onFx(() -> {
            AppSettings settings = new AppSettings(java.nio.file.Path.of(System.getProperty("java.io.tmpdir"),
                    "threatmesh-findings-bench"));
            settings.setNumber("window.width", 1400);
            settings.setNumber("window.height", 900);
            workspace[0] = new Workspace(model, new ScriptedDialogs(), settings,
                    new UiExecutors(workers, Platform::runLater));
            window[0] = new MainWindow(new Stage(), workspace[0]);
            window[0].show();
        });
        waitUntilAnalysed(workspace[0]);
        waitUntilBadgesSettle(workspace[0]);
        int open = workspace[0].findings().analysis().result().orElseThrow().openFindings().size();
        System.out.printf(Locale.ROOT, "model: %d nodes, %d calls, %d open findings, %d badges%n",
                model.nodes().size(), model.edges().size(), open, workspace[0].findings().overlay().badges().size());

        List<EdgeId> calls = workCalls(model);
        List<Double> editToBadge = new ArrayList<>();
        List<Double> editCpu = new ArrayList<>();
        for (int i = 0; i < edits; i++) {
            EdgeId call = calls.get(i % calls.size());
            TlsMode tls = i % 2 == 0 ? TlsMode.NONE : TlsMode.MTLS;
            double[] measured = editAndAwaitBadge(workspace[0], window[0], call, tls);
            editToBadge.add(measured[0]);
            editCpu.add(measured[1]);
            System.out.printf(Locale.ROOT, "edit %d: %s tls %s: %.1f ms (FX thread CPU %.1f ms)%n", i + 1,
                    call.value(), tls.wireName(), measured[0], measured[1]);
        }

        List<NodeId> selection = model.nodes().keySet().stream().limit(100).toList();
        onFx(() -> {
            workspace[0].canvas().selectAll(selection);
            workspace[0].canvas().viewport().actualSize();
            if (Boolean.getBoolean("bench.noOverlay")) {
                workspace[0].findings().overlay().visibleProperty().set(false);
            }
        });
        long before = workspace[0].findings().analysis().completedAnalyses();
        long renderCpuBefore = threadCpu("QuantumRenderer");
        // Animation pulses keep coming while the renderer is still busy with an earlier frame, so the time between
        // frames actually rendered is what a user sees stall.
        List<Long> frames = java.util.Collections.synchronizedList(new ArrayList<>());
        PerformanceTracker frameTracker = PerformanceTracker.getSceneTracker(window[0].scene());
        onFx(() -> frameTracker.setOnRenderedFrameTask(() -> frames.add(System.nanoTime())));
        List<Double> pulseCpu = new ArrayList<>();
        List<Double> pulses = pulses(pulseCpu, step -> {
            var moves = workspace[0].canvas().moves();
            if (step == 0) {
                moves.begin(selection.get(0));
            }
            moves.preview(200 * Math.sin(step / 20.0), 120 * Math.cos(step / 25.0));
            if (step % 5 == 0) {
                workspace[0].session().execute(SetAttributeCommand.of(calls.get(step % calls.size()),
                        EdgeAttributes.TLS, step % 10 == 0 ? TlsMode.NONE : TlsMode.MTLS));
            }
            if (step == WARMUP_PULSES + MEASURED_PULSES - 1) {
                moves.cancel();
            }
            if (step == 100 && System.getProperty("bench.snapshot") != null) {
                // What a frame mid-drag shows, to see what the renderer draws while the view moves.
                System.out.println("view moving at the snapshot: " + ((org.threatmesh.app.canvas.DiagramView)
                        window[0].scene().lookup("#diagram")).viewMovingProperty().get());
                javafx.scene.image.WritableImage image = window[0].scene().snapshot(null);
                try {
                    javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                            new java.io.File(System.getProperty("bench.snapshot")));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        });
        onFx(() -> frameTracker.setOnRenderedFrameTask(null));
        List<Double> frameIntervals = new ArrayList<>();
        synchronized (frames) {
            for (int i = 1; i < frames.size(); i++) {
                frameIntervals.add((frames.get(i) - frames.get(i - 1)) / 1e6);
            }
        }
        long analysesDuringDrag = workspace[0].findings().analysis().completedAnalyses() - before;
        double renderCpuPerPulse = (threadCpu("QuantumRenderer") - renderCpuBefore) / 1e6
                / (WARMUP_PULSES + MEASURED_PULSES);

        System.out.printf(Locale.ROOT, "%nload average at the end: %.2f on %d cores; %d analyses completed during"
                + " the drag%n", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage(), Runtime.getRuntime().availableProcessors(), analysesDuringDrag);
        System.out.println("| measurement | median | p95 | limit |");
        System.out.println("|---|---|---|---|");
        System.out.printf(Locale.ROOT, "edits measured: %d of %d (the rest left the call's badge unchanged)%n",
                editToBadge.stream().filter(v -> !v.isNaN()).count(), editToBadge.size());
        row("edit to updated badge on screen", editToBadge, "< 100 ms");
        row("FX thread CPU from edit to badge frame", editCpu, "");
        row("pulse, dragging 100 nodes at 100 % while analysis runs", pulses, "< 20 ms");
        row("FX thread CPU per pulse while dragging", pulseCpu, "");
        row("time between rendered frames while dragging (" + frameIntervals.size() + " frames)", frameIntervals,
                "< 20 ms");
        System.out.printf(Locale.ROOT, "render thread CPU while dragging (mean): %.1f ms per pulse, %.1f ms per "
                + "rendered frame%n", renderCpuPerPulse,
                renderCpuPerPulse * (WARMUP_PULSES + MEASURED_PULSES) / Math.max(1, frames.size()));
        onFx(() -> System.out.printf(Locale.ROOT, "badge labels in the scene: %d of %d badges; canvas skins in the"
                + " scene: %d of %d; view %s at %.2f%n",
                ((javafx.scene.Group) window[0].scene().lookup("#findings-badges")).getChildren().size() - 1,
                workspace[0].findings().overlay().badges().size(),
                ((org.threatmesh.app.canvas.DiagramView) window[0].scene().lookup("#diagram")).skinsInScene(),
                ((org.threatmesh.app.canvas.DiagramView) window[0].scene().lookup("#diagram")).skinCount(),
                workspace[0].canvas().viewport().visibleArea(), workspace[0].canvas().viewport().scale()));
        Platform.exit();
        System.exit(0);
    }

    /** East-west calls between services: the ones whose TLS decides east-west-without-mtls. */
    private static List<EdgeId> workCalls(ThreatModel model) {
        List<EdgeId> result = new ArrayList<>();
        for (Edge edge : model.edges().values()) {
            if (model.nodes().get(edge.from()).kind() == org.threatmesh.model.NodeKind.SERVICE
                    && model.nodes().get(edge.to()).kind() == org.threatmesh.model.NodeKind.SERVICE) {
                result.add(edge.id());
            }
        }
        return result;
    }

    /** Wall milliseconds and FX-thread CPU milliseconds from the edit to the frame showing its badge. */
    private static double[] editAndAwaitBadge(Workspace workspace, MainWindow window, EdgeId call, TlsMode tls)
            throws Exception {
        CompletableFuture<double[]> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            var badges = workspace.findings().overlay().badges();
            long start = System.nanoTime();
            long cpuStart = THREADS.getThreadCpuTime(fxThread);
            MapChangeListener<ElementId, Badge> listener = new MapChangeListener<>() {
                @Override
                public void onChanged(Change<? extends ElementId, ? extends Badge> change) {
                    if (change.getKey().equals(call)) {
                        badges.removeListener(this);
                        System.out.printf(Locale.ROOT, "  badge changed after %.1f ms%n",
                                (System.nanoTime() - start) / 1e6);
                        PerformanceTracker tracker = PerformanceTracker.getSceneTracker(window.scene());
                        tracker.setOnRenderedFrameTask(() -> {
                            tracker.setOnRenderedFrameTask(null);
                            result.complete(new double[] {(System.nanoTime() - start) / 1e6,
                                (THREADS.getThreadCpuTime(fxThread) - cpuStart) / 1e6});
                        });
                    }
                }
            };
            badges.addListener(listener);
            double[] delivered = new double[1];
            javafx.beans.InvalidationListener arrival = new javafx.beans.InvalidationListener() {
                @Override
                public void invalidated(javafx.beans.Observable obs) {
                    workspace.findings().analysis().resultProperty().removeListener(this);
                    System.out.printf(Locale.ROOT, "  analysis delivered after %.1f ms%n",
                            (System.nanoTime() - start) / 1e6);
                }
            };
            workspace.findings().analysis().resultProperty().addListener(arrival);
            boolean executed = workspace.session().execute(SetAttributeCommand.of(call, EdgeAttributes.TLS, tls));
            System.out.printf(Locale.ROOT, "  executing the edit: FX thread CPU %.1f ms%n",
                    (THREADS.getThreadCpuTime(fxThread) - cpuStart) / 1e6);
            if (!executed) {
                badges.removeListener(listener);
                result.complete(new double[] {Double.NaN, Double.NaN});
            }
        });
        double[] millis;
        try {
            millis = result.get(10, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException unchanged) {
            millis = new double[] {Double.NaN, Double.NaN};
        }
        waitUntilAnalysed(workspace);
        return millis;
    }

    private static void waitUntilAnalysed(Workspace workspace) throws Exception {
        for (int i = 0; i < 600; i++) {
            boolean[] done = new boolean[1];
            onFx(() -> done[0] = workspace.findings().analysis().isCurrent()
                    && !workspace.findings().analysis().runningProperty().get());
            if (done[0]) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("analysis did not finish within 30 s");
    }

    /** The first result's badges are grouped in the background after the analysis; wait until they stop changing. */
    private static void waitUntilBadgesSettle(Workspace workspace) throws Exception {
        int previous = -1;
        int stable = 0;
        for (int i = 0; i < 600 && stable < 3; i++) {
            int[] size = new int[1];
            onFx(() -> size[0] = workspace.findings().overlay().badges().size());
            stable = size[0] > 0 && size[0] == previous ? stable + 1 : 0;
            previous = size[0];
            Thread.sleep(50);
        }
    }

    private static List<Double> pulses(List<Double> cpu, java.util.function.IntConsumer step) throws Exception {
        List<Double> intervals = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        onFx(() -> new AnimationTimer() {
            private int count;
            private long previous;
            private long previousCpu;

            @Override
            public void handle(long now) {
                long cpuNow = THREADS.getCurrentThreadCpuTime();
                if (previous != 0 && count > WARMUP_PULSES) {
                    intervals.add((now - previous) / 1e6);
                    cpu.add((cpuNow - previousCpu) / 1e6);
                }
                previous = now;
                previousCpu = cpuNow;
                step.accept(count);
                if (++count >= WARMUP_PULSES + MEASURED_PULSES) {
                    stop();
                    done.countDown();
                }
            }
        }.start());
        done.await(300, TimeUnit.SECONDS);
        return intervals;
    }

    /** CPU nanoseconds of the live threads whose name starts with {@code prefix}. */
    private static long threadCpu(String prefix) {
        long total = 0;
        for (java.lang.management.ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith(prefix)) {
                total += Math.max(0, THREADS.getThreadCpuTime(info.getThreadId()));
            }
        }
        return total;
    }

    private static void row(String what, List<Double> values, String limit) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.removeIf(v -> v.isNaN());
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            System.out.printf(Locale.ROOT, "| %s | none measured | | %s |%n", what, limit);
            return;
        }
        double median = sorted.get(sorted.size() / 2);
        double p95 = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.95) - 1));
        System.out.printf(Locale.ROOT, "| %s | %.1f ms | %.1f ms | %s |%n", what, median, p95, limit);
    }

    private static void onFx(Runnable action) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                action.run();
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        done.get(120, TimeUnit.SECONDS);
    }
}
