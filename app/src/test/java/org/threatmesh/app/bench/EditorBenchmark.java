package org.threatmesh.app.bench;

import com.sun.javafx.perf.PerformanceTracker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.threatmesh.app.shell.MainWindow;
import org.threatmesh.app.shell.Workspace;
import org.threatmesh.app.testing.ScriptedDialogs;
import org.threatmesh.app.ui.AppSettings;
import org.threatmesh.app.ui.UiExecutors;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.io.ModelFiles;
import org.threatmesh.model.testing.ModelGenerator;

/**
 * Editor performance benchmark for issue 4 (not part of {@code mvn verify}; run {@code app/bench-editor.sh}
 * under a real display or Xvfb). It measures, on a generated model:
 * <ol>
 *   <li>open to first frame: load the file, build the editor window, show it fitted, until the first frame
 *       showing the fitted diagram has been rendered; the analysis runs on worker threads as in the app;</li>
 *   <li>pulse time while dragging a selection (preview on every pulse) and while zooming (a zoom step on every
 *       pulse), with pulses unthrottled ({@code javafx.animation.fullspeed}) so the interval between pulses is
 *       what one frame costs;</li>
 *   <li>Java heap in use after a GC with the model open, and the process's peak resident memory.</li>
 * </ol>
 * Arguments: services (default 1000), open repetitions (default 5). {@code -Dbench.sampleFirst=true} shows the
 * built-in sample in a window before the timed opens, as the app does when it starts. The CPU column splits each
 * pulse's CPU time between the FX thread and the renderer. {@code -Dbench.onlyNear=true} skips the whole-diagram rows;
 * {@code -Dbench.snapshot=FILE.png} saves a frame mid-zoom at 100 %, {@code -Dbench.dragSnapshot=FILE.png} one
 * mid-drag.
 */
public final class EditorBenchmark {

    private static final int WARMUP_PULSES = 30;
    private static final int MEASURED_PULSES = 200;

    private EditorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int services = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        System.setProperty("javafx.animation.fullspeed", "true");
        ThreatModel generated = ModelGenerator.generate(services, 42);
        Path home = Files.createTempDirectory("threatmesh-bench");
        Path file = home.resolve("generated.threatmesh.json");
        new ModelFiles().save(generated, file);
        System.out.printf(Locale.ROOT, "model: %d services, %d nodes, %d calls, %d zones, file %.1f MB%n", services,
                generated.nodes().size(), generated.edges().size(), generated.zones().size(),
                Files.size(file) / 1e6);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);
        onFx(() -> fxThread = Thread.currentThread().getId());

        if (Boolean.getBoolean("bench.openInWindow")) {
            openInRunningWindow(file, home, repetitions);
            Platform.exit();
            return;
        }
        if (Boolean.getBoolean("bench.sampleFirst")) {
            // As the app starts: the built-in sample in a window first, so the timed opens are File > Open in a
            // running app rather than the first window of a fresh JVM.
            Path sample = home.resolve("sample.threatmesh.json");
            new ModelFiles().save(org.threatmesh.samples.SampleCatalog.defaultSample().load(), sample);
            Opened sampleWindow = open(sample, home);
            System.out.printf(Locale.ROOT, "sample window first: %.0f ms%n", sampleWindow.millis());
            onFx(() -> sampleWindow.stage().close());
        }
        List<Double> openMillis = new ArrayList<>();
        Opened last = null;
        for (int i = 0; i < repetitions; i++) {
            if (last != null) {
                Opened closing = last;
                onFx(() -> closing.stage().close());
            }
            last = open(file, home);
            openMillis.add(last.millis());
            System.out.printf(Locale.ROOT, "open %d: %.0f ms%n", i + 1, last.millis());
        }
        Opened window = last;
        gc();
        long heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();

        List<NodeId> selection = window.workspace().session().current().nodes().keySet().stream().limit(100)
                .toList();
        boolean overlay = !Boolean.getBoolean("bench.noOverlay");
        onFx(() -> {
            // -Dbench.noOverlay=true measures the canvas alone, without the findings overlay of issue 5.
            window.workspace().findings().overlay().visibleProperty().set(overlay);
            window.workspace().canvas().selectAll(selection);
            window.workspace().canvas().zoomToFit();
        });
        boolean onlyNear = Boolean.getBoolean("bench.onlyNear");
        List<Double> dragFit = onlyNear ? List.of(0.0) : pulses(step -> drag(window, selection.get(0), step));
        List<Double> zoomFit = onlyNear ? List.of(0.0) : pulses(step -> window.workspace().canvas().viewport()
                .zoomAt(step % 120 < 60 ? 1.015 : 1 / 1.015, 700, 450));
        if (onlyNear) {
            CPU_ROWS.add("-");
            CPU_ROWS.add("-");
        }
        onFx(() -> {
            window.workspace().canvas().zoomToSelection();
            window.workspace().canvas().viewport().actualSize();
        });
        int[] inScene = new int[2];
        onFx(() -> {
            inScene[0] = window.window().diagram().skinsInScene();
            inScene[1] = sceneGraphSize(window.window().scene().getRoot());
        });
        System.out.printf(Locale.ROOT, "at 100 %% zoom %d of %d node and call skins are in the scene graph, which "
                + "holds %d JavaFX nodes in all%n", inScene[0], generated.nodes().size() + generated.edges().size(),
                inScene[1]);
        List<Double> drag100 = pulses(step -> {
            drag(window, selection.get(0), step);
            if (step == 60 && System.getProperty("bench.dragSnapshot") != null) {
                saveSnapshot(window.window(), System.getProperty("bench.dragSnapshot"));
            }
        });
        List<Double> zoom100 = pulses(step -> {
            window.workspace().canvas().viewport().zoomAt(step % 120 < 60 ? 1.015 : 1 / 1.015, 700, 450);
            if (step == Integer.getInteger("bench.snapshotStep", 40) && System.getProperty("bench.snapshot") != null) {
                saveSnapshot(window.window(), System.getProperty("bench.snapshot"));
            }
        });

        System.out.println();
        System.out.printf(Locale.ROOT, "load average at the end: %.2f on %d cores%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        System.out.println("| measurement | median | p95 | CPU per pulse, FX + render thread | limit |");
        System.out.println("|---|---|---|---|---|");
        row("open to first fitted frame", openMillis, "ms", "< 2000 ms");
        row("pulse, dragging 100 nodes, whole diagram in view", dragFit, "ms", "< 20 ms");
        row("pulse, zooming, whole diagram in view", zoomFit, "ms", "< 20 ms");
        row("pulse, dragging 100 nodes, 100 % zoom", drag100, "ms", "< 20 ms");
        row("pulse, zooming around 100 %", zoom100, "ms", "< 20 ms");
        System.out.printf(Locale.ROOT, "| Java heap in use after GC, model open | %.0f MB | | | < 1024 MB |%n",
                heap / 1e6);
        System.out.printf(Locale.ROOT, "| peak resident memory of the process | %s | | | < 1024 MB |%n", peakRss());
        Platform.exit();
        System.exit(0);
    }

    /** Every JavaFX node under {@code node}: what each pulse's bounds pass walks. */
    private static int sceneGraphSize(javafx.scene.Node node) {
        int size = 1;
        if (node instanceof javafx.scene.Parent parent) {
            for (javafx.scene.Node child : parent.getChildrenUnmodifiable()) {
                size += sceneGraphSize(child);
            }
        }
        return size;
    }

    private record Opened(Stage stage, Workspace workspace, MainWindow window, double millis) {
    }

    /**
     * {@code -Dbench.openInWindow=true}: File &gt; Open as a user does it, in the window the app started with the
     * sample, {@code repetitions} times; each is timed from the call to the first frame rendered after the fit.
     */
    private static void openInRunningWindow(Path file, Path home, int repetitions) throws Exception {
        Path sample = home.resolve("started.threatmesh.json");
        new ModelFiles().save(org.threatmesh.samples.SampleCatalog.defaultSample().load(), sample);
        Opened window = open(sample, home);
        System.out.printf(Locale.ROOT, "app window with the sample: %.0f ms%n", window.millis());
        // Opening the same model again may change nothing on screen; alternate with a second generated model.
        Path other = home.resolve("other.threatmesh.json");
        ThreatModel first = new ModelFiles().load(file);
        new ModelFiles().save(ModelGenerator.generate(first.nodes().size() > 0 ? services(first) : 1000, 43), other);
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < repetitions; i++) {
            Path next = i % 2 == 0 ? file : other;
            CompletableFuture<Double> shown = new CompletableFuture<>();
            Platform.runLater(() -> {
                long start = System.nanoTime();
                if (!window.workspace().documents().open(next)) {
                    shown.completeExceptionally(new IllegalStateException("the model did not open"));
                    return;
                }
                // The window fits a newly opened document in a runLater; the frame after it is the first fitted one.
                Platform.runLater(() -> Platform.runLater(() -> {
                    PerformanceTracker tracker = PerformanceTracker.getSceneTracker(window.window().scene());
                    tracker.setOnRenderedFrameTask(() -> {
                        tracker.setOnRenderedFrameTask(null);
                        shown.complete((System.nanoTime() - start) / 1e6);
                    });
                }));
            });
            millis.add(shown.get(60, TimeUnit.SECONDS));
            System.out.printf(Locale.ROOT, "File > Open %d in the running window: %.0f ms%n", i + 1, millis.get(i));
            Thread.sleep(1500);
        }
        row("File > Open in the running window, to first fitted frame", millis, "ms", "< 2000 ms");
    }

    /** The number of services a generated model was made with: its nodes of kind service. */
    private static int services(ThreatModel model) {
        return (int) model.nodes().values().stream()
                .filter(node -> node.kind() == org.threatmesh.model.NodeKind.SERVICE).count();
    }

    private static Opened open(Path file, Path home) throws Exception {
        CompletableFuture<Opened> result = new CompletableFuture<>();
        AtomicLong start = new AtomicLong();
        long[] cpuAtOpen = new long[1];
        Platform.runLater(() -> {
            try {
                start.set(System.nanoTime());
                long cpuStart = THREADS.getCurrentThreadCpuTime();
                cpuAtOpen[0] = cpuStart;
                ThreatModel model = new ModelFiles().load(file);
                Stage stage = new Stage();
                AppSettings settings = new AppSettings(home.resolve("settings"));
                settings.setNumber("window.width", 1400);
                settings.setNumber("window.height", 900);
                Workspace workspace = new Workspace(model, new ScriptedDialogs(), settings, EXECUTORS);
                MainWindow window = new MainWindow(stage, workspace);
                window.show();
                // MainWindow.show fits the diagram in a runLater; the frame after it is the first fitted one.
                Platform.runLater(() -> {
                    PerformanceTracker tracker = PerformanceTracker.getSceneTracker(window.scene());
                    openCpu = (THREADS.getThreadCpuTime(fxThread) - cpuAtOpen[0]) / 1e6;
                    tracker.setOnRenderedFrameTask(() -> {
                        tracker.setOnRenderedFrameTask(null);
                        result.complete(new Opened(stage, workspace, window,
                                (System.nanoTime() - start.get()) / 1e6));
                    });
                });
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }

    private static void drag(Opened window, ElementId grabbed, int step) {
        var moves = window.workspace().canvas().moves();
        if (step == 0) {
            moves.begin(grabbed);
        }
        moves.preview(200 * Math.sin(step / 20.0), 120 * Math.cos(step / 25.0));
        if (step == WARMUP_PULSES + MEASURED_PULSES - 1) {
            moves.cancel();
        }
    }

    /** Runs {@code step} once per pulse and returns the measured intervals between pulses, in ms. */
    private static List<Double> pulses(IntConsumer step) throws Exception {
        List<Double> intervals = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        long[] cpuAtStart = new long[2];
        onFx(() -> new AnimationTimer() {
            private int count;
            private long previous;

            @Override
            public void handle(long now) {
                if (previous != 0 && count > WARMUP_PULSES) {
                    intervals.add((now - previous) / 1e6);
                }
                if (count == WARMUP_PULSES) {
                    cpuAtStart[0] = frameThreadsCpu(true);
                    cpuAtStart[1] = frameThreadsCpu(false);
                }
                previous = now;
                step.accept(count);
                if (++count >= WARMUP_PULSES + MEASURED_PULSES) {
                    stop();
                    lastFxCpuPerPulse = (frameThreadsCpu(true) - cpuAtStart[0]) / 1e6 / MEASURED_PULSES;
                    lastRenderCpuPerPulse = (frameThreadsCpu(false) - cpuAtStart[1]) / 1e6 / MEASURED_PULSES;
                    done.countDown();
                }
            }
        }.start());
        done.await(300, TimeUnit.SECONDS);
        CPU_ROWS.add(String.format(Locale.ROOT, "%.1f + %.1f ms", lastFxCpuPerPulse, lastRenderCpuPerPulse));
        return intervals;
    }

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();
    private static long fxThread = -1;
    /**
     * As the app runs them: analysis on two worker threads, results back through {@code Platform.runLater}, so the
     * first frame does not wait for the first analysis. {@code -Dbench.directAnalysis=true} runs the analysis on
     * the FX thread before the first frame instead, as this bench did before 2026-11-28 08:10 UTC.
     */
    private static final UiExecutors EXECUTORS = Boolean.getBoolean("bench.directAnalysis") ? UiExecutors.direct()
            : new UiExecutors(java.util.concurrent.Executors.newFixedThreadPool(2, runnable -> {
                Thread thread = new Thread(runnable, "threatmesh-worker");
                thread.setDaemon(true);
                return thread;
            }), Platform::runLater);

    /**
     * CPU time, in nanoseconds, of one of the two threads a frame needs: the FX thread ({@code fx}) or the
     * renderer. Apart, they show which one bounds the frame rate.
     */
    private static long frameThreadsCpu(boolean fx) {
        long total = 0;
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (fx ? thread.getId() == fxThread : thread.getName().startsWith("QuantumRenderer")) {
                total += Math.max(0, THREADS.getThreadCpuTime(thread.getId()));
            }
        }
        return total;
    }

    private static final List<String> CPU_ROWS = new ArrayList<>();
    private static volatile double lastFxCpuPerPulse;
    private static volatile double lastRenderCpuPerPulse;
    private static int rowIndex;
    private static volatile double openCpu;

    private static void row(String what, List<Double> values, String unit, String limit) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        double median = sorted.get(sorted.size() / 2);
        double p95 = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.95) - 1));
        String fps = unit.equals("ms") && what.startsWith("pulse")
                ? String.format(Locale.ROOT, " (%.0f fps)", 1000 / median) : "";
        String cpu = what.startsWith("pulse") ? CPU_ROWS.get(rowIndex++) : String.format(Locale.ROOT,
                "%.0f ms (FX thread, last open)", openCpu);
        System.out.printf(Locale.ROOT, "| %s | %.1f %s%s | %.1f %s | %s | %s |%n", what, median, unit, fps, p95,
                unit, cpu, limit);
    }

    /** Saves what a frame mid-zoom shows ({@code -Dbench.snapshot=FILE.png}), to see what the renderer draws. */
    private static void saveSnapshot(MainWindow window, String file) {
        javafx.scene.image.WritableImage image = window.scene().snapshot(null);
        try {
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                    new java.io.File(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
        done.get(60, TimeUnit.SECONDS);
    }

    private static void gc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
    }

    private static String peakRss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    return String.format(Locale.ROOT, "%.0f MB", kb / 1024.0);
                }
            }
        } catch (java.io.IOException | NumberFormatException e) {
            return "n/a";
        }
        return "n/a";
    }
}
