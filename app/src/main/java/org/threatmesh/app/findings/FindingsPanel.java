package org.threatmesh.app.findings;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.threatmesh.model.TriageStatus;
import org.threatmesh.rules.Finding;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.Strategy;
import org.threatmesh.rules.Stride;

/**
 * The findings panel: a filter bar, the sortable findings table, the detail of the selected finding and the triage
 * bar acting on the selected rows. A view only: all state lives in {@link FindingsViewModel}.
 */
public final class FindingsPanel extends BorderPane {

    private static final String ANY = "Any";

    private final FindingsViewModel vm;
    private final TableView<Finding> table = new TableView<>();

    public FindingsPanel(FindingsViewModel vm, javafx.beans.property.BooleanProperty overlayVisible) {
        this.vm = vm;
        setId("findings-panel");
        getStyleClass().add("findings-panel");
        SortedList<Finding> sorted = new SortedList<>(vm.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setId("findings-table");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label("No findings match the filter."));
        table.getColumns().addAll(List.of(
                column("Severity", 80, Finding::severity, v -> v.name().toLowerCase()),
                column("Rule", 260, f -> f.rule().title(), Function.identity()),
                column("Strategy", 90, FindingDetails::strategyText, Function.identity()),
                column("STRIDE", 60, FindingDetails::strideLetters, Function.identity()),
                column("Element", 180, Finding::elementName, Function.identity()),
                column("Status", 110, vm::effectiveStatus, TriageStatus::displayName)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> severityRow());
        FindingDetailView detail = new FindingDetailView();
        javafx.scene.control.Button mitigate = new javafx.scene.control.Button("Apply mitigation");
        mitigate.setId("apply-mitigation");
        mitigate.setDisable(true);
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<Finding>) c -> {
            List<Finding> selected = List.copyOf(table.getSelectionModel().getSelectedItems());
            Finding one = selected.size() == 1 ? selected.get(0) : null;
            detail.show(one);
            var entry = one == null ? java.util.Optional.<Mitigations.Entry>empty() : Mitigations.forFinding(one);
            mitigate.setDisable(entry.isEmpty());
            mitigate.setText(entry.map(e -> "Apply mitigation: " + e.label()).orElse("Apply mitigation"));
            mitigate.setOnAction(e -> {
                if (one != null) {
                    vm.applyMitigation(one);
                }
            });
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && table.getSelectionModel().getSelectedItems().size() == 1) {
                vm.reveal(now);
            }
        });
        VBox detailPane = new VBox(4, mitigate, detail);
        detailPane.setPadding(new Insets(4));
        VBox.setVgrow(detail, Priority.ALWAYS);
        SplitPane body = new SplitPane(table, detailPane);
        body.setOrientation(Orientation.HORIZONTAL);
        body.setDividerPositions(0.62);
        HBox filters = filterBar();
        javafx.scene.control.ToggleButton overlay = new javafx.scene.control.ToggleButton("Overlay");
        overlay.setId("findings-overlay-toggle");
        overlay.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        overlay.selectedProperty().bindBidirectional(overlayVisible);
        filters.getChildren().add(0, overlay);
        setTop(filters);
        setCenter(body);
        setBottom(new TriageBar(vm, () -> List.copyOf(table.getSelectionModel().getSelectedItems())));
    }

    /** The table, for the review mode and tests. */
    public TableView<Finding> table() {
        return table;
    }

    private HBox filterBar() {
        TextField search = new TextField();
        search.setId("findings-search");
        search.setPromptText("Search rule, element, message");
        search.textProperty().addListener((obs, old, now) -> vm.filterProperty().set(vm.filter().withText(now)));
        search.setMinWidth(180);
        HBox.setHgrow(search, Priority.ALWAYS);
        ComboBox<String> severity = choice("findings-severity", Severity.values(), s -> s.name().toLowerCase(),
                picked -> vm.filterProperty().set(vm.filter().withSeverities(picked)));
        ComboBox<String> stride = choice("findings-stride", Stride.values(), s -> s.letter() + " " + s.title(),
                picked -> vm.filterProperty().set(vm.filter().withStride(picked)));
        ComboBox<String> strategy = choice("findings-strategy", Strategy.values(), s -> s.id() + " " + s.title(),
                picked -> vm.filterProperty().set(vm.filter().withStrategies(picked)));
        ComboBox<String> status = choice("findings-status", TriageStatus.values(), TriageStatus::displayName,
                picked -> vm.filterProperty().set(vm.filter().withStatuses(picked)));
        Label count = new Label();
        count.setId("findings-count");
        count.setMinWidth(70);
        count.textProperty().bind(javafx.beans.binding.Bindings.size(vm.rows()).asString("%d shown"));
        HBox bar = new HBox(8, search, severity, stride, strategy, status, count);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return bar;
    }

    private static <E extends Enum<E>> ComboBox<String> choice(String id, E[] values, Function<E, String> name,
            java.util.function.Consumer<Set<E>> apply) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        box.getItems().add(ANY + " " + id.substring("findings-".length()));
        box.setPrefWidth(150);
        box.setMinWidth(110);
        for (E value : values) {
            box.getItems().add(name.apply(value));
        }
        box.getSelectionModel().select(0);
        box.valueProperty().addListener((obs, old, now) -> {
            for (E value : values) {
                if (name.apply(value).equals(now)) {
                    apply.accept(Set.of(value));
                    return;
                }
            }
            apply.accept(Set.of());
        });
        return box;
    }

    /** A column whose cells hold the comparable value (severity sorts by rank) and show {@code display} of it. */
    private static <T extends Comparable<T>> TableColumn<Finding, T> column(String title, double width,
            Function<Finding, T> value, Function<T, String> display) {
        TableColumn<Finding, T> column = new TableColumn<>(title);
        column.setId("findings-column-" + title.toLowerCase());
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : display.apply(item));
            }
        });
        return column;
    }

    private TableRow<Finding> severityRow() {
        TableRow<Finding> row = new TableRow<>() {
            @Override
            protected void updateItem(Finding item, boolean empty) {
                super.updateItem(item, empty);
                for (Severity severity : Severity.values()) {
                    pseudoClassStateChanged(Severities.pseudoClass(severity),
                            !empty && item != null && item.severity() == severity);
                }
            }
        };
        return row;
    }
}
