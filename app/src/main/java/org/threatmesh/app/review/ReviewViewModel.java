package org.threatmesh.app.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.threatmesh.app.analysis.LiveAnalysis;
import org.threatmesh.app.findings.FindingFilter;
import org.threatmesh.app.findings.FindingsViewModel;
import org.threatmesh.model.TriageStatus;
import org.threatmesh.rules.Finding;
import org.threatmesh.rules.engine.AnalysisResult;

/**
 * A review meeting: one finding at a time from a queue fixed when the review starts (open high and critical
 * findings, most severe first, unless asked for every open finding), next and previous, each step revealing the
 * finding's element on the canvas. The queue holds finding keys, so a finding triaged or mitigated during the
 * meeting stays in place and shows its new state. Triage goes through the findings view-model, so every decision
 * is recorded (and undoable) as it is made.
 */
public final class ReviewViewModel {

    private final LiveAnalysis analysis;
    private final FindingsViewModel findings;
    private final List<String> queue = new ArrayList<>();
    private final ReadOnlyIntegerWrapper position = new ReadOnlyIntegerWrapper(this, "position", -1);
    private final ReadOnlyObjectWrapper<Optional<Finding>> current =
            new ReadOnlyObjectWrapper<>(this, "current", Optional.empty());

    public ReviewViewModel(LiveAnalysis analysis, FindingsViewModel findings) {
        this.analysis = analysis;
        this.findings = findings;
        analysis.resultProperty().addListener(obs -> resolveCurrent());
    }

    /**
     * Starts a review over the open findings: only high and critical ones when {@code highAndCriticalOnly}.
     *
     * @return the number of findings queued
     */
    public int start(boolean highAndCriticalOnly) {
        queue.clear();
        FindingFilter filter = highAndCriticalOnly ? FindingFilter.openHighAndCritical()
                : FindingFilter.ALL.withStatuses(java.util.Set.of(TriageStatus.OPEN));
        analysis.result().ifPresent(result -> result.findings().stream()
                .filter(f -> filter.matches(f, findings.effectiveStatus(f)))
                .sorted(Comparator.comparing(Finding::severity).reversed())
                .map(Finding::key)
                .forEach(queue::add));
        moveTo(queue.isEmpty() ? -1 : 0);
        return queue.size();
    }

    /** The queued finding keys, in review order. */
    public List<String> queue() {
        return List.copyOf(queue);
    }

    /** Index of the finding in focus, -1 when the queue is empty. */
    public ReadOnlyIntegerProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    /** The finding in focus as the latest analysis sees it; empty when it no longer fires (mitigated). */
    public ReadOnlyObjectProperty<Optional<Finding>> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** The key in focus, even when its finding no longer fires. */
    public Optional<String> currentKey() {
        int at = position.get();
        return at < 0 ? Optional.empty() : Optional.of(queue.get(at));
    }

    /** "3 of 12". */
    public String progress() {
        return queue.isEmpty() ? "Nothing to review" : (position.get() + 1) + " of " + queue.size();
    }

    public boolean next() {
        return position.get() + 1 < queue.size() && moveTo(position.get() + 1);
    }

    public boolean previous() {
        return position.get() > 0 && moveTo(position.get() - 1);
    }

    /** Records a decision on the finding in focus; see {@link FindingsViewModel#triage}. */
    public boolean triage(TriageStatus status, String justification) {
        Optional<Finding> finding = current.get();
        return finding.isPresent()
                && findings.triage(List.of(finding.get()), status, justification, Optional.empty());
    }

    /** The status of the finding in focus with expiry applied; empty when it no longer fires. */
    public Optional<TriageStatus> currentStatus() {
        return current.get().map(findings::effectiveStatus);
    }

    private boolean moveTo(int index) {
        position.set(index);
        resolveCurrent();
        current.get().ifPresent(findings::reveal);
        return true;
    }

    private void resolveCurrent() {
        Optional<AnalysisResult> result = analysis.result();
        Optional<String> key = currentKey();
        current.set(key.isEmpty() || result.isEmpty() ? Optional.empty() : result.get().findingFor(key.get()));
    }
}
