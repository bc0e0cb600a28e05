package org.threatmesh.app.findings;

import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.threatmesh.app.analysis.LiveAnalysis;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.TriageStatus;
import org.threatmesh.rules.engine.AnalysisResult;

/**
 * The canvas overlay's state: one {@link Badge} per element with findings passing the table's filter (open findings
 * only, unless the filter asks for a status). Ignores the table's element restriction, so selecting an element
 * never hides the other badges. Each result updates only the badges of elements whose findings changed when it was
 * derived incrementally from the one shown ({@link BadgePatch}): a few such elements are patched right away, anything
 * larger or unknown is grouped in the background. The map changes entry by entry, so the view redraws only elements
 * whose badge changed. Toolkit-free.
 */
public final class OverlayViewModel {

    private final LiveAnalysis analysis;
    private final FindingsViewModel findings;
    private final ObservableMap<ElementId, Badge> badges = FXCollections.observableHashMap();
    // One wrapper for all callers: an unmodifiable view listens to its source weakly, so a fresh view per call
    // would drop its listeners when collected.
    private final ObservableMap<ElementId, Badge> readOnlyBadges = FXCollections.unmodifiableObservableMap(badges);
    private final BooleanProperty visible = new SimpleBooleanProperty(this, "visible", true);
    private final javafx.beans.property.ReadOnlyBooleanWrapper dimming =
            new javafx.beans.property.ReadOnlyBooleanWrapper(this, "dimming");

    /**
     * Up to this many changed elements the UI thread patches the badges itself: it reads only their findings, a few
     * per element, and saves the round trip through a worker. Beyond it, or when what changed is unknown, the
     * grouping of every finding runs in the background.
     */
    static final int UI_PATCH_LIMIT = 64;

    private final ChangeScope scope = new ChangeScope();
    private final LatestDerivation derivation;
    private FindingFilter badgeFilter;

    public OverlayViewModel(LiveAnalysis analysis, FindingsViewModel findings) {
        this.analysis = analysis;
        this.findings = findings;
        this.derivation = new LatestDerivation(analysis.executors());
        this.badgeFilter = badgeFilter(findings.filter());
        analysis.resultProperty().addListener(obs -> refresh());
        findings.filterProperty().addListener(obs -> {
            dimming.set(!findings.filter().restrictsNothingButElement());
            FindingFilter next = badgeFilter(findings.filter());
            // Selecting an element narrows the table only; the badges stay as they are.
            if (!next.equals(badgeFilter)) {
                badgeFilter = next;
                scope.invalidateAll();
                refresh();
            }
        });
        dimming.set(!findings.filter().restrictsNothingButElement());
        refresh();
    }

    /** Badges by element; elements without findings passing the filter have none. */
    public ObservableMap<ElementId, Badge> badges() {
        return readOnlyBadges;
    }

    /** Whether the overlay is drawn; the "Overlay" toggle. */
    public BooleanProperty visibleProperty() {
        return visible;
    }

    /** Whether the filter restricts anything, so elements without a badge should be dimmed. */
    public boolean dimsOthers() {
        return dimming.get();
    }

    /** Observable form of {@link #dimsOthers()}. */
    public javafx.beans.property.ReadOnlyBooleanProperty dimmingProperty() {
        return dimming.getReadOnlyProperty();
    }

    /** The table's filter without its element, open findings only unless it asks for a status. */
    private static FindingFilter badgeFilter(FindingFilter table) {
        FindingFilter filter = table.withElement(java.util.Optional.empty());
        return filter.statuses().isEmpty() ? filter.withStatuses(Set.of(TriageStatus.OPEN)) : filter;
    }

    private void refresh() {
        AnalysisResult result = analysis.result().orElse(null);
        if (result == null) {
            derivation.cancel();
            scope.invalidateAll();
            badges.clear();
            return;
        }
        java.util.Optional<Set<ElementId>> changed = scope.advanceTo(result);
        FindingFilter filter = badgeFilter;
        if (changed.isPresent() && changed.get().size() <= UI_PATCH_LIMIT) {
            // Everything still being derived in the background is part of this scope (it accumulates until
            // applied), so this patch supersedes it.
            derivation.cancel();
            BadgePatch.derive(badges, result, changed, filter).applyTo(badges);
            scope.applied();
            return;
        }
        Map<ElementId, Badge> base = Map.copyOf(badges);
        derivation.run(() -> BadgePatch.derive(base, result, changed, filter), patch -> {
            patch.applyTo(badges);
            scope.applied();
        });
    }
}
