package org.threatmesh.rules.builtin.support;

import org.threatmesh.model.Edge;
import org.threatmesh.model.Node;
import org.threatmesh.model.attr.Sensitivity;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.rules.Severity;

/**
 * The catalog rubric's modifiers (§5) applied once to a rule's base severity, the same way for every rule: one level
 * up when the element holds highly sensitive data or the call is north-south. Only known facts raise a severity.
 */
public final class Severities {

    private Severities() {
    }

    /** For a finding on {@code node}: raised when the node holds highly sensitive data. */
    public static Severity forNode(RuleMetadata rule, Node node, AnalysisContext context) {
        return context.rubric(rule.severity(), context.isAtLeast(node, Sensitivity.HIGHLY_SENSITIVE), false);
    }

    /** For a finding on {@code edge}: raised when its target holds highly sensitive data or the call is north-south. */
    public static Severity forEdge(RuleMetadata rule, Edge edge, AnalysisContext context) {
        return context.rubric(rule.severity(), context.targetIsAtLeast(edge, Sensitivity.HIGHLY_SENSITIVE),
                context.isNorthSouth(edge));
    }

    /**
     * For a finding on {@code edge} of a rule whose condition already implies traffic from outside, so north-south
     * must not raise it a second time: raised only when the target holds highly sensitive data.
     */
    public static Severity forEdgeFromOutside(RuleMetadata rule, Edge edge, AnalysisContext context) {
        return context.rubric(rule.severity(), context.targetIsAtLeast(edge, Sensitivity.HIGHLY_SENSITIVE),
                false);
    }
}
