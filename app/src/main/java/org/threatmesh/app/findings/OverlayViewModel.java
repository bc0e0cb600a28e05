package org.threatmesh.app.findings;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.threatmesh.app.analysis.LiveAnalysis;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.ModelId;
import org.threatmesh.model.TriageStatus;
import org.threatmesh.rules.Finding;
import org.threatmesh.rules.engine.AnalysisResult;

/**
 * The canvas overlay's state: one {@link Badge} per element with findings passing the table's filter (open findings
 * only, unless the filter asks for a status). Ignores the table's element restriction, so selecting an element
 * never hides the other badges. Updates the map entry by entry, so the view redraws only elements whose badge
 * changed. Toolkit-free.
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

    public OverlayViewModel(LiveAnalysis analysis, FindingsViewModel findings) {
        this.analysis = analysis;
        this.findings = findings;
        analysis.resultProperty().addListener(obs -> refresh());
        findings.filterProperty().addListener(obs -> refresh());
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

    private void refresh() {
        dimming.set(!findings.filter().restrictsNothingButElement());
        Map<ElementId, Badge> next = new HashMap<>();
        AnalysisResult result = analysis.result().orElse(null);
        if (result != null) {
            FindingFilter filter = findings.filter().withElement(java.util.Optional.empty());
            if (filter.statuses().isEmpty()) {
                filter = filter.withStatuses(Set.of(TriageStatus.OPEN));
            }
            for (Finding finding : result.findings()) {
                if (!(finding.element() instanceof ModelId)
                        && filter.matches(finding, findings.effectiveStatus(finding))) {
                    next.merge(finding.element(), new Badge(1, finding.severity()),
                            (old, one) -> old.plus(one.worst()));
                }
            }
        }
        badges.keySet().retainAll(next.keySet());
        next.forEach((element, badge) -> {
            if (!badge.equals(badges.get(element))) {
                badges.put(element, badge);
            }
        });
    }
}
