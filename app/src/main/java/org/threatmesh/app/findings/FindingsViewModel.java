package org.threatmesh.app.findings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.SetChangeListener;
import org.threatmesh.app.analysis.LiveAnalysis;
import org.threatmesh.app.canvas.CanvasViewModel;
import org.threatmesh.app.canvas.DiagramGeometry;
import org.threatmesh.app.editing.EditingSession;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.ModelId;
import org.threatmesh.model.TriageDecision;
import org.threatmesh.model.TriageStatus;
import org.threatmesh.model.edit.SetTriageCommand;
import org.threatmesh.rules.Finding;
import org.threatmesh.rules.engine.AnalysisResult;

/**
 * The findings table's state: the latest analysis filtered by {@link #filterProperty()}, kept in report order
 * (the view sorts). It keeps the table and the canvas in step: revealing a finding selects and centres its element,
 * and selecting one element on the canvas narrows the table to that element's findings. Triage goes through the
 * editing session as one undoable {@link SetTriageCommand}. Toolkit-free, so tests drive it directly.
 */
public final class FindingsViewModel {

    private final LiveAnalysis analysis;
    private final EditingSession session;
    private final CanvasViewModel canvas;
    private final Clock clock;
    private final String user;
    private final ObservableList<Finding> rows = FXCollections.observableArrayList();
    // One wrapper for all callers: an unmodifiable view listens to its source weakly.
    private final ObservableList<Finding> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ObjectProperty<FindingFilter> filter = new SimpleObjectProperty<>(this, "filter", FindingFilter.ALL);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private boolean revealing;
    private final ChangeScope scope = new ChangeScope();
    private final LatestDerivation derivation;
    // The rows as last applied: immutable, so background derivations can read it while the UI thread goes on.
    private List<Finding> applied = List.of();

    /**
     * @param clock decides when triage decisions are recorded
     * @param user  recorded as the decider of triage decisions
     */
    public FindingsViewModel(LiveAnalysis analysis, EditingSession session, CanvasViewModel canvas, Clock clock,
            String user) {
        this.analysis = Objects.requireNonNull(analysis, "analysis");
        this.session = Objects.requireNonNull(session, "session");
        this.canvas = Objects.requireNonNull(canvas, "canvas");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.user = Objects.requireNonNull(user, "user");
        this.derivation = new LatestDerivation(analysis.executors());
        analysis.resultProperty().addListener(obs -> refresh());
        filter.addListener(obs -> {
            scope.invalidateAll();
            refresh();
        });
        canvas.selection().ids().addListener((SetChangeListener<ElementId>) change -> followCanvasSelection());
        refresh();
    }

    /** The findings passing the filter, in report order (severity, then rule, then element). */
    public ObservableList<Finding> rows() {
        return readOnlyRows;
    }

    public ObjectProperty<FindingFilter> filterProperty() {
        return filter;
    }

    public FindingFilter filter() {
        return filter.get();
    }

    /** Why the last triage was refused, or what it did. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The status shown for {@code finding}: open when undecided or when its decision has expired. */
    public TriageStatus effectiveStatus(Finding finding) {
        Optional<AnalysisResult> result = analysis.result();
        if (result.isPresent() && result.get().isOpen(finding)) {
            return TriageStatus.OPEN;
        }
        return finding.status();
    }

    /** Selects the finding's element on the canvas and centres the view on it, keeping the table as it is. */
    public void reveal(Finding finding) {
        if (finding.element() instanceof ModelId) {
            return;
        }
        revealing = true;
        try {
            canvas.select(finding.element());
        } finally {
            revealing = false;
        }
        DiagramGeometry.boundsOf(session.current(), finding.element())
                .or(canvas::selectionBounds)
                .ifPresent(bounds -> canvas.viewport().centerOn(DiagramGeometry.center(bounds)));
    }

    /**
     * Records one decision for every finding in {@code findings} as one undo step.
     *
     * @return false, with {@link #messageProperty()} saying why, when the decision is incomplete (a justification
     *         is required for anything but open) or the list is empty
     */
    public boolean triage(Collection<Finding> findings, TriageStatus status, String justification,
            Optional<LocalDate> expires) {
        if (findings.isEmpty()) {
            message.set("Select the findings to triage first.");
            return false;
        }
        if (status != TriageStatus.OPEN && justification.isBlank()) {
            message.set("A " + status.displayName().toLowerCase() + " decision needs a justification.");
            return false;
        }
        if (expires.isPresent() && !expires.get().isAfter(LocalDate.now(clock))) {
            message.set("The expiry day must lie in the future.");
            return false;
        }
        List<TriageDecision> decisions = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            decisions.add(new TriageDecision(finding.key(), status, justification.strip(), user, clock.instant(),
                    expires));
        }
        boolean changed = session.execute(new SetTriageCommand(decisions));
        message.set(changed ? new SetTriageCommand(decisions).description() : session.lastRefusalProperty()
                .get());
        return changed;
    }

    /**
     * Applies the finding's one-click mitigation ({@link Mitigations}) as one undoable command.
     *
     * @return false when the finding has none or the model refused it ({@link #messageProperty()} says why)
     */
    public boolean applyMitigation(Finding finding) {
        Optional<Mitigations.Entry> entry = Mitigations.forFinding(finding);
        if (entry.isEmpty()) {
            message.set("No one-click mitigation for " + finding.ruleId() + ".");
            return false;
        }
        boolean changed = session.execute(entry.get().command().apply(finding));
        message.set(changed ? entry.get().label() + " on " + finding.elementName()
                : session.lastRefusalProperty().get());
        return changed;
    }

    private void followCanvasSelection() {
        if (revealing) {
            return;
        }
        List<ElementId> selected = canvas.selection().snapshot();
        Optional<ElementId> element = selected.size() == 1 ? Optional.of(selected.get(0)) : Optional.empty();
        FindingFilter narrowed = filter.get().withElement(element);
        // Selecting many elements reports them one by one; only a real change of filter re-derives the rows.
        if (!narrowed.equals(filter.get())) {
            filter.set(narrowed);
        }
    }

    /**
     * Derives the rows for the newest result and filter in the background, patching only the rows of elements whose
     * findings changed when the result was derived incrementally from the one shown.
     */
    private void refresh() {
        Optional<AnalysisResult> latest = analysis.result();
        if (latest.isEmpty()) {
            derivation.cancel();
            scope.invalidateAll();
            applied = List.of();
            rows.clear();
            return;
        }
        AnalysisResult result = latest.get();
        Optional<java.util.Set<ElementId>> changed = scope.advanceTo(result);
        List<Finding> base = applied;
        FindingFilter current = filter.get();
        derivation.run(() -> RowPatch.derive(base, result, changed, current), patch -> {
            patch.applyTo(rows);
            applied = patch.rows();
            scope.applied();
        });
    }
}
