package org.threatmesh.app.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.edit.Command;
import org.threatmesh.model.edit.CompositeCommand;
import org.threatmesh.model.edit.SetAttributeCommand;
import org.threatmesh.rules.Finding;
import org.threatmesh.rules.Remedy;
import org.threatmesh.rules.Rule;
import org.threatmesh.rules.builtin.BuiltInRules;

/**
 * "Apply mitigation": for the built-in rules whose remediation is a change of model attributes on the finding's
 * element (their {@link Rule#remedy() remedy}), the one command that makes the finding go away. The rules engine's
 * tests prove each remedy removes its finding; rules whose fix is structural (add a gateway, move a service) have
 * none.
 */
public final class Mitigations {

    /** A label for the button and a builder of the command for a finding of that rule. */
    public record Entry(String label, Function<Finding, Command> command) {
    }

    private static final Map<String, Remedy> REMEDIES = BuiltInRules.all().stream()
            .filter(rule -> rule.remedy().isPresent())
            .collect(Collectors.toUnmodifiableMap(rule -> rule.metadata().id(), rule -> rule.remedy().get()));

    private Mitigations() {
    }

    /** The rule ids with a one-click mitigation, sorted. */
    public static List<String> ruleIds() {
        return REMEDIES.keySet().stream().sorted().toList();
    }

    /** The one-click mitigation of {@code finding}, if its rule has one. */
    public static Optional<Entry> forFinding(Finding finding) {
        Remedy remedy = REMEDIES.get(finding.ruleId());
        if (remedy == null) {
            return Optional.empty();
        }
        return Optional.of(new Entry(remedy.label(), target -> command(remedy, target.element())));
    }

    private static Command command(Remedy remedy, ElementId element) {
        List<Command> steps = new ArrayList<>();
        for (Remedy.Change<?> change : remedy.changes()) {
            steps.add(set(element, change));
        }
        return steps.size() == 1 ? steps.get(0) : new CompositeCommand(remedy.label(), steps);
    }

    private static <T> Command set(ElementId element, Remedy.Change<T> change) {
        return SetAttributeCommand.of(element, change.key(), change.value());
    }
}
