package org.threatmesh.app.analysis;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.threatmesh.app.editing.EditingSession;
import org.threatmesh.app.ui.UiExecutors;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.rules.Finding;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.engine.AnalysisResult;
import org.threatmesh.rules.engine.Analyzer;

/**
 * Keeps an analysis of the session's current model up to date. Every new snapshot is re-analysed on the background
 * executor, incrementally from the previous result ({@link Analyzer#reanalyze}); the result comes back through the
 * UI executor. At most one analysis runs at a time: snapshots arriving meanwhile are coalesced, and only the latest
 * is analysed next, so a drag that produces a snapshot per pulse costs one analysis per completed run, never a queue.
 *
 * <p>Use from the UI thread. With {@link UiExecutors#direct()} every analysis completes inside the edit that caused
 * it, which is what view-model tests rely on.
 */
public final class LiveAnalysis {

    private final EditingSession session;
    private final Analyzer analyzer;
    private final UiExecutors executors;
    private final ReadOnlyObjectWrapper<AnalysisResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");
    private final ReadOnlyObjectWrapper<Map<Severity, Integer>> openCounts =
            new ReadOnlyObjectWrapper<>(this, "openCounts", emptyCounts());
    private ThreatModel pending;
    private long analyses;

    /** Starts analysing the session's current model right away. */
    public LiveAnalysis(EditingSession session, Analyzer analyzer, UiExecutors executors) {
        this.session = Objects.requireNonNull(session, "session");
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        this.executors = Objects.requireNonNull(executors, "executors");
        session.modelProperty().addListener((obs, old, now) -> request(now));
        request(session.current());
    }

    /** The latest completed analysis; null until the first one completes. */
    public ReadOnlyObjectProperty<AnalysisResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public Optional<AnalysisResult> result() {
        return Optional.ofNullable(result.get());
    }

    /** True while an analysis is running or queued. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Why the last analysis failed; empty after a successful one. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** Open findings by severity in the latest result, every severity present (zero when none). */
    public ReadOnlyObjectProperty<Map<Severity, Integer>> openCountsProperty() {
        return openCounts.getReadOnlyProperty();
    }

    /** Where background work runs and results come back; views derive their state from results on the same pair. */
    public UiExecutors executors() {
        return executors;
    }

    /** The session's model; changes with every edit, before the analysis of it completes. */
    public javafx.beans.value.ObservableValue<ThreatModel> modelProperty() {
        return session.modelProperty();
    }

    /** How many analyses have completed; for tests and benchmarks that must know the coalescing happened. */
    public long completedAnalyses() {
        return analyses;
    }

    /** Whether the latest result describes the session's current model. */
    public boolean isCurrent() {
        AnalysisResult latest = result.get();
        return latest != null && latest.model() == session.current() && pending == null;
    }

    private void request(ThreatModel model) {
        pending = model;
        if (!running.get()) {
            startNext();
        }
    }

    private void startNext() {
        ThreatModel target = pending;
        pending = null;
        AnalysisResult previous = result.get();
        Map<Severity, Integer> previousCounts = openCounts.get();
        running.set(true);
        executors.background().execute(() -> {
            AnalysisResult next;
            Map<Severity, Integer> counts;
            try {
                next = previous == null ? analyzer.analyze(target) : analyzer.reanalyze(previous, target);
                // Counted here rather than on the UI thread; after an incremental run only the changed elements.
                counts = previous == null ? countOpen(next) : recount(previousCounts, previous, next);
            } catch (RuntimeException e) {
                String why = e.getClass().getSimpleName() + ": " + e.getMessage();
                executors.ui().execute(() -> finish(null, null, why));
                return;
            }
            executors.ui().execute(() -> finish(next, counts, ""));
        });
    }

    private void finish(AnalysisResult next, Map<Severity, Integer> counts, String why) {
        analyses++;
        failure.set(why);
        if (next != null) {
            result.set(next);
            openCounts.set(counts);
        }
        if (pending != null) {
            startNext();
        } else {
            running.set(false);
        }
    }

    /** The open counts of {@code next}, from those of {@code previous} when next says which elements changed. */
    static Map<Severity, Integer> recount(Map<Severity, Integer> previousCounts, AnalysisResult previous,
            AnalysisResult next) {
        java.util.Optional<java.util.Set<org.threatmesh.model.ElementId>> changed = next.changedSince(previous);
        if (changed.isEmpty() || previousCounts == null || previousCounts.isEmpty()) {
            return countOpen(next);
        }
        Map<Severity, Integer> counts = new EnumMap<>(previousCounts);
        for (org.threatmesh.model.ElementId element : changed.get()) {
            for (Finding finding : previous.findingsFor(element)) {
                if (previous.isOpen(finding)) {
                    counts.merge(finding.severity(), -1, Integer::sum);
                }
            }
            for (Finding finding : next.findingsFor(element)) {
                if (next.isOpen(finding)) {
                    counts.merge(finding.severity(), 1, Integer::sum);
                }
            }
        }
        return Map.copyOf(counts);
    }

    static Map<Severity, Integer> countOpen(AnalysisResult analysis) {
        Map<Severity, Integer> counts = new EnumMap<>(emptyCounts());
        for (Finding finding : analysis.findings()) {
            if (analysis.isOpen(finding)) {
                counts.merge(finding.severity(), 1, Integer::sum);
            }
        }
        return Map.copyOf(counts);
    }

    private static Map<Severity, Integer> emptyCounts() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            counts.put(severity, 0);
        }
        return counts;
    }

    /** "2 critical · 5 high · 0 medium · 1 low", most severe first. */
    public static String describe(Map<Severity, Integer> counts) {
        StringBuilder text = new StringBuilder();
        Severity[] order = Severity.values();
        for (int i = order.length - 1; i >= 0; i--) {
            if (text.length() > 0) {
                text.append(" · ");
            }
            text.append(counts.getOrDefault(order[i], 0)).append(' ').append(order[i].name().toLowerCase());
        }
        return text.toString();
    }
}
