package org.threatmesh.app.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.SetChangeListener;
import org.threatmesh.app.canvas.SelectionModel;
import org.threatmesh.app.editing.EditingSession;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.ElementType;
import org.threatmesh.model.ModelId;
import org.threatmesh.model.ModelInfo;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.ZoneId;
import org.threatmesh.model.attr.AttributeCatalog;
import org.threatmesh.model.attr.AttributeKey;
import org.threatmesh.model.attr.Attributes;
import org.threatmesh.model.attr.Fact;
import org.threatmesh.model.attr.ValueType;
import org.threatmesh.model.edit.RenameCommand;
import org.threatmesh.model.edit.ReplaceModelInfoCommand;
import org.threatmesh.model.edit.SetAttributeCommand;

/**
 * The property inspector's view-model. For the selection (or the model itself when nothing is selected) it lists
 * every catalog attribute that applies to all selected elements, with typed values, "mixed" when they disagree,
 * and validation messages. Edits become {@link SetAttributeCommand}s on every selected element at once; edits
 * typed in one field session merge into one undo step.
 *
 * <p>Rows are rebuilt only when the set of applicable attributes changes; otherwise their values update in
 * place, so an editor being typed into is never replaced.
 */
public final class InspectorViewModel {

    private final EditingSession session;
    private final SelectionModel selection;
    private final ObservableList<PropertyRow> rows = FXCollections.observableArrayList();
    /** Kept: an unmodifiable view listens weakly and would be collected with its listeners if made per call. */
    private final ObservableList<PropertyRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper(this, "subtitle", "");
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name", "");
    private final ReadOnlyBooleanWrapper nameEditable = new ReadOnlyBooleanWrapper(this, "nameEditable");
    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper(this, "nameError", "");
    private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper(this, "description", "");
    private List<ElementId> targets = List.of();
    private List<AttributeKey<?>> keys = List.of();

    public InspectorViewModel(EditingSession session, SelectionModel selection) {
        this.session = session;
        this.selection = selection;
        selection.ids().addListener((SetChangeListener<ElementId>) c -> refresh());
        session.modelProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    /** The attribute rows, grouped by {@link AttributeKey#group()} in catalog order. */
    public ObservableList<PropertyRow> rows() {
        return readOnlyRows;
    }

    /** "Cart", "3 elements" or the model's name. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** What is shown: "Service · n-cart", "Call · Frontend → Cart", "Model". */
    public ReadOnlyStringProperty subtitleProperty() {
        return subtitle.getReadOnlyProperty();
    }

    /** The shown name; empty for a multi-selection. */
    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty nameEditableProperty() {
        return nameEditable.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nameErrorProperty() {
        return nameError.getReadOnlyProperty();
    }

    /** The model's description, shown when the model itself is inspected. */
    public ReadOnlyStringProperty descriptionProperty() {
        return description.getReadOnlyProperty();
    }

    /** Whether the model itself (nothing selected) is being inspected. */
    public boolean inspectsModel() {
        return targets.equals(List.of(ModelId.MODEL));
    }

    /** The elements being inspected. */
    public List<ElementId> targets() {
        return targets;
    }

    /** The row for the attribute named {@code attribute}, if it applies to the selection. */
    public Optional<PropertyRow> row(String attribute) {
        return rows.stream().filter(r -> r.key().name().equals(attribute)).findFirst();
    }

    /**
     * Renames the single inspected element (or the model). Keystrokes in one field session merge into one step.
     */
    public void rename(String typed, String editSession) {
        if (targets.size() != 1) {
            return;
        }
        ElementId target = targets.get(0);
        ThreatModel model = session.current();
        String newName = typed.strip();
        boolean edge = target instanceof EdgeId;
        if (!edge && newName.isEmpty()) {
            nameError.set("A name is required");
            return;
        }
        nameError.set("");
        String mergeKey = editSession.isEmpty() ? "" : "rename:" + target + ":" + editSession;
        if (target instanceof ModelId) {
            ModelInfo info = model.info();
            session.execute(new ReplaceModelInfoCommand(new ModelInfo(newName, info.description(), info.author(),
                    info.version()), mergeKey));
        } else {
            session.execute(new RenameCommand(target, newName, mergeKey));
        }
        if (!session.lastRefusalProperty().get().isEmpty()) {
            nameError.set(session.lastRefusalProperty().get());
        }
    }

    /** Edits the model's description (shown when nothing is selected). */
    public void describe(String typed, String editSession) {
        ModelInfo info = session.current().info();
        try {
            session.execute(new ReplaceModelInfoCommand(new ModelInfo(info.name(), typed, info.author(),
                    info.version()), editSession.isEmpty() ? "" : "describe:" + editSession));
        } catch (IllegalArgumentException e) {
            nameError.set(e.getMessage());
        }
    }

    void edit(PropertyRow row, String typed, String editSession) {
        Object value;
        try {
            value = ValueFormat.parse(row.key(), typed);
        } catch (IllegalArgumentException invalid) {
            row.setError(invalid.getMessage());
            return;
        }
        row.setError("");
        String mergeKey = editSession.isEmpty() ? "" : "attr:" + row.key().name() + ":" + editSession;
        @SuppressWarnings({"unchecked", "rawtypes"})
        SetAttributeCommand<?> command = new SetAttributeCommand(targets, row.key(),
                value == null ? Fact.unknown() : Fact.known(value), mergeKey);
        session.execute(command);
        if (!session.lastRefusalProperty().get().isEmpty()) {
            row.setError(session.lastRefusalProperty().get());
        }
    }

    private void refresh() {
        ThreatModel model = session.current();
        List<ElementId> selected = selection.snapshot().stream().filter(model::contains).toList();
        List<ElementId> newTargets = selected.isEmpty() ? List.of(ModelId.MODEL) : selected;
        List<AttributeKey<?>> newKeys = sharedKeys(model, newTargets);
        if (!newTargets.equals(targets) || !newKeys.equals(keys)) {
            targets = newTargets;
            keys = newKeys;
            nameError.set("");
            List<PropertyRow> fresh = new ArrayList<>();
            for (AttributeKey<?> key : keys) {
                fresh.add(new PropertyRow(key, this));
            }
            rows.setAll(fresh);
        }
        describeTargets(model);
        for (PropertyRow row : rows) {
            showValue(model, row);
        }
    }

    private void describeTargets(ThreatModel model) {
        description.set(model.info().description());
        if (inspectsModel()) {
            title.set(model.info().name());
            subtitle.set("Model · " + model.nodes().size() + " nodes, " + model.edges().size() + " calls, "
                    + model.zones().size() + " zones");
            name.set(model.info().name());
            nameEditable.set(true);
        } else if (targets.size() == 1) {
            ElementId id = targets.get(0);
            title.set(model.nameOf(id));
            subtitle.set(kindOf(model, id) + " · " + id.value());
            name.set(id instanceof EdgeId edge ? model.edges().get(edge).name() : model.nameOf(id));
            nameEditable.set(true);
        } else {
            title.set(targets.size() + " elements");
            subtitle.set("Editing shared properties of " + targets.size() + " elements");
            name.set("");
            nameEditable.set(false);
        }
    }

    private static String kindOf(ThreatModel model, ElementId id) {
        if (id instanceof NodeId node) {
            return model.nodes().get(node).kind().displayName();
        }
        if (id instanceof ZoneId zone) {
            return model.zones().get(zone).kind().displayName() + " zone";
        }
        EdgeId edge = (EdgeId) id;
        return "Call " + model.nameOf(model.edges().get(edge).from()) + " → "
                + model.nameOf(model.edges().get(edge).to());
    }

    private void showValue(ThreatModel model, PropertyRow row) {
        String shown = null;
        boolean mixed = false;
        for (ElementId id : targets) {
            Fact<?> fact = attributesOf(model, id).get(row.key());
            String text = fact.isUnknown() ? "" : row.key().type() == ValueType.BOOLEAN
                    ? ((Boolean) fact.value() ? "yes" : "no") : ValueFormat.format(fact.value());
            if (shown == null) {
                shown = text;
            } else if (!shown.equals(text)) {
                mixed = true;
            }
        }
        row.show(mixed ? "" : Objects.requireNonNullElse(shown, ""), mixed);
    }

    private static Attributes attributesOf(ThreatModel model, ElementId id) {
        return switch (id.type()) {
            case NODE -> model.nodes().get((NodeId) id).attributes();
            case EDGE -> model.edges().get((EdgeId) id).attributes();
            case ZONE -> model.zones().get((ZoneId) id).attributes();
            case MODEL -> model.attributes();
        };
    }

    /** The keys that apply to every target, in catalog order. */
    private static List<AttributeKey<?>> sharedKeys(ThreatModel model, List<ElementId> targets) {
        List<AttributeKey<?>> shared = null;
        for (ElementId id : targets) {
            List<AttributeKey<?>> applicable = id instanceof NodeId node
                    ? AttributeCatalog.forNode(model.nodes().get(node).kind())
                    : AttributeCatalog.forElement(id.type() == ElementType.MODEL ? ElementType.MODEL : id.type());
            if (shared == null) {
                shared = new ArrayList<>(applicable);
            } else {
                shared.retainAll(applicable);
            }
        }
        return shared == null ? List.of() : List.copyOf(shared);
    }
}
