package org.threatmesh.app.inspector;

import java.util.Locale;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The property inspector panel: title, name, then every applicable attribute in catalog groups with a typed
 * editor (choices for enums and yes/no/unknown booleans, text fields with units and bounds for numbers, text and
 * lists) and the validation message under a refused value. A search field narrows the rows.
 */
public final class InspectorView extends VBox {

    private final InspectorViewModel vm;
    private final GridPane grid = new GridPane();
    private final TextField search = new TextField();
    private final TextField nameField = new TextField();
    private final TextArea descriptionArea = new TextArea();
    private final Label nameError = new Label();
    private int editSessions;
    private boolean updating;

    public InspectorView(InspectorViewModel vm) {
        this.vm = vm;
        setId("inspector");
        getStyleClass().add("inspector");
        setSpacing(6);
        setPadding(new Insets(10, 10, 10, 10));
        Label title = new Label();
        title.setId("inspector-title");
        title.getStyleClass().add("inspector-title");
        title.textProperty().bind(vm.titleProperty());
        Label subtitle = new Label();
        subtitle.getStyleClass().add("inspector-subtitle");
        subtitle.textProperty().bind(vm.subtitleProperty());
        subtitle.setWrapText(true);
        nameField.setId("inspector-name");
        nameField.setPromptText("Name");
        nameField.disableProperty().bind(vm.nameEditableProperty().not());
        wireText(nameField, vm.nameProperty().get(), (typed, session) -> vm.rename(typed, session));
        vm.nameProperty().addListener((obs, old, now) -> showUnlessEditing(nameField, now));
        nameError.getStyleClass().add("validation-message");
        nameError.textProperty().bind(vm.nameErrorProperty());
        nameError.managedProperty().bind(nameError.textProperty().isNotEmpty());
        descriptionArea.setId("inspector-description");
        descriptionArea.setPromptText("What the system is, sources and assumptions");
        descriptionArea.setWrapText(true);
        descriptionArea.setPrefRowCount(4);
        wireText(descriptionArea, vm.descriptionProperty().get(), (typed, session) -> vm.describe(typed, session));
        vm.descriptionProperty().addListener((obs, old, now) -> showUnlessEditing(descriptionArea, now));
        search.setPromptText("Filter properties");
        search.setId("inspector-search");
        search.textProperty().addListener((obs, old, now) -> rebuild());
        grid.setHgap(8);
        grid.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setPercentWidth(45);
        ColumnConstraints editors = new ColumnConstraints();
        editors.setPercentWidth(55);
        editors.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, editors);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(title, subtitle, nameField, nameError, descriptionArea, search, scroll);
        vm.rows().addListener((ListChangeListener<PropertyRow>) c -> rebuild());
        rebuild();
    }

    private interface Edit {
        void apply(String typed, String session);
    }

    private void wireText(TextInputControl field, String initial, Edit edit) {
        field.setText(initial);
        String[] session = {""};
        field.focusedProperty().addListener((obs, was, is) -> {
            session[0] = is ? "s" + (++editSessions) : "";
        });
        field.textProperty().addListener((obs, old, now) -> {
            if (!updating) {
                edit.apply(now, session[0]);
            }
        });
    }

    private void showUnlessEditing(TextInputControl field, String value) {
        if (!field.isFocused() && !field.getText().equals(value)) {
            updating = true;
            field.setText(value);
            updating = false;
        }
    }

    private void rebuild() {
        boolean model = vm.inspectsModel();
        descriptionArea.setVisible(model);
        descriptionArea.setManaged(model);
        showUnlessEditing(nameField, vm.nameProperty().get());
        showUnlessEditing(descriptionArea, vm.descriptionProperty().get());
        grid.getChildren().clear();
        String filter = search.getText().strip().toLowerCase(Locale.ROOT);
        String group = null;
        int line = 0;
        for (PropertyRow row : vm.rows()) {
            if (!filter.isEmpty() && !row.key().name().toLowerCase(Locale.ROOT).contains(filter)
                    && !row.key().description().toLowerCase(Locale.ROOT).contains(filter)) {
                continue;
            }
            if (!row.key().group().equals(group)) {
                group = row.key().group();
                Label header = new Label(group);
                header.getStyleClass().add("inspector-group");
                grid.add(header, 0, line++, 2, 1);
            }
            Label label = new Label(row.key().name());
            label.getStyleClass().add("property-name");
            Tooltip tip = new Tooltip(row.key().description());
            tip.setWrapText(true);
            tip.setMaxWidth(360);
            label.setTooltip(tip);
            grid.add(label, 0, line);
            grid.add(editor(row), 1, line++);
            Label error = new Label();
            error.getStyleClass().add("validation-message");
            error.setWrapText(true);
            error.setId("error-" + row.key().name());
            error.textProperty().bind(row.errorProperty());
            error.visibleProperty().bind(row.errorProperty().isNotEmpty());
            error.managedProperty().bind(row.errorProperty().isNotEmpty());
            grid.add(error, 0, line++, 2, 1);
        }
        if (line == 0) {
            grid.add(new Label(vm.rows().isEmpty() ? "No properties" : "No property matches"), 0, 0, 2, 1);
        }
    }

    private HBox editor(PropertyRow row) {
        Control control = row.isChoice() ? choice(row) : text(row);
        control.setId("inspector-" + row.key().name());
        control.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(control, Priority.ALWAYS);
        HBox box = new HBox(4, control);
        if (!row.key().unit().isEmpty()) {
            Label unit = new Label(row.key().unit());
            unit.getStyleClass().add("property-unit");
            box.getChildren().add(unit);
        }
        return box;
    }

    private ComboBox<String> choice(PropertyRow row) {
        ComboBox<String> combo = new ComboBox<>();
        combo.getItems().setAll(row.choices());
        Runnable show = () -> {
            updating = true;
            combo.setValue(row.mixedProperty().get() ? null : row.text().isEmpty() ? ValueFormat.UNKNOWN : row.text());
            combo.setPromptText(row.mixedProperty().get() ? "mixed" : ValueFormat.UNKNOWN);
            updating = false;
        };
        show.run();
        ChangeListener<Object> refresh = (obs, old, now) -> show.run();
        row.textProperty().addListener(new javafx.beans.value.WeakChangeListener<>(refresh));
        row.mixedProperty().addListener(new javafx.beans.value.WeakChangeListener<>(refresh));
        combo.getProperties().put("refresh", refresh);
        combo.valueProperty().addListener((obs, old, now) -> {
            if (!updating && now != null) {
                row.choose(now);
            }
        });
        return combo;
    }

    private TextField text(PropertyRow row) {
        TextField field = new TextField(row.text());
        field.setPromptText(row.mixedProperty().get() ? "mixed" : promptFor(row));
        wireText(field, row.text(), row::type);
        ChangeListener<Object> refresh = (obs, old, now) -> {
            showUnlessEditing(field, row.text());
            field.setPromptText(row.mixedProperty().get() ? "mixed" : promptFor(row));
        };
        row.textProperty().addListener(new javafx.beans.value.WeakChangeListener<>(refresh));
        row.mixedProperty().addListener(new javafx.beans.value.WeakChangeListener<>(refresh));
        field.getProperties().put("refresh", refresh);
        return field;
    }

    private static String promptFor(PropertyRow row) {
        return switch (row.key().type()) {
            case INTEGER -> "unknown (" + row.key().min() + "–" + row.key().max() + ")";
            case TEXT_LIST -> "unknown (comma-separated)";
            case VERSIONS -> "unknown (e.g. v1 90% monitored, v2 10%)";
            default -> "unknown";
        };
    }
}
