package org.threatmesh.rules.pack;

import java.util.List;
import java.util.Map;
import org.threatmesh.model.ElementId;
import org.threatmesh.rules.Evidence;
import org.threatmesh.rules.Outcome;
import org.threatmesh.rules.Reach;
import org.threatmesh.rules.Rule;
import org.threatmesh.rules.RuleMetadata;

/**
 * What node and edge pack rules share: the compiled condition, the message template and how a condition's result
 * becomes an outcome. The subclasses only pick the CEL view of their target.
 */
abstract class CelPackRule implements Rule {

    private final RuleMetadata metadata;
    private final CelCondition condition;
    private final String expression;
    private final String message;

    CelPackRule(RuleMetadata metadata, CelCondition condition, String expression, String message) {
        this.metadata = metadata;
        this.condition = condition;
        this.expression = expression;
        this.message = message;
    }

    @Override
    public final RuleMetadata metadata() {
        return metadata;
    }

    /** Pack conditions may read the target's endpoints, zone and calls. */
    @Override
    public final Reach reach() {
        return Reach.NEIGHBOURS;
    }

    /** Evaluates the condition on {@code view}; a true condition fires with {@code name} in the message. */
    final Outcome evaluate(Map<String, Object> view, ElementId element, String name) {
        Outcome fire = Outcome.fire(metadata.severity(), message.replace("{name}", name),
                List.of(new Evidence(element.value(), "condition", expression)));
        return condition.evaluate(view, element, metadata.id(), fire);
    }
}
