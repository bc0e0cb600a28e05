package org.threatmesh.rules.pack;

import dev.cel.bundle.Cel;
import dev.cel.bundle.CelFactory;
import dev.cel.common.CelOptions;
import dev.cel.common.CelValidationResult;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.Program;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.threatmesh.model.ElementId;
import org.threatmesh.rules.Outcome;

/**
 * A compiled, type-checked CEL condition over one variable ({@code node} or {@code edge}), evaluating to a bool.
 * Evaluation is bounded: expressions are limited in size and nesting, and comprehensions (the only loops CEL has)
 * stop after {@link #MAX_ITERATIONS} iterations, so one evaluation costs at most size × iterations steps.
 */
final class CelCondition {

    /** Longest condition, in code points. */
    static final int MAX_LENGTH = 4_000;
    /** Most iterations of one comprehension (all, exists, map, filter). */
    static final int MAX_ITERATIONS = 1_000;

    private static final CelOptions OPTIONS = CelOptions.current().maxExpressionCodePointSize(MAX_LENGTH)
            .maxParseRecursionDepth(64).comprehensionMaxIterations(MAX_ITERATIONS).build();
    private static final Cel NODE_ENV = environment("node");
    private static final Cel EDGE_ENV = environment("edge");
    private static final Pattern MISSING_KEY = Pattern.compile("key '([^']+)' is not present in map");

    private final String variable;
    private final Program program;

    private CelCondition(String variable, Program program) {
        this.variable = variable;
        this.program = program;
    }

    private static Cel environment(String variable) {
        return CelFactory.standardCelBuilder().setOptions(OPTIONS)
                .setStandardMacros(dev.cel.parser.CelStandardMacro.STANDARD_MACROS)
                .addVar(variable, MapType.create(SimpleType.STRING, SimpleType.DYN))
                .setResultType(SimpleType.BOOL).build();
    }

    /**
     * Parses and type-checks {@code expression} for the given variable.
     *
     * @return the condition, or the compiler's error text (with line:column inside the expression)
     */
    static Compiled compile(String variable, String expression) {
        Cel cel = variable.equals("node") ? NODE_ENV : EDGE_ENV;
        CelValidationResult result = cel.compile(expression);
        if (result.hasError()) {
            StringBuilder errors = new StringBuilder();
            for (dev.cel.common.CelIssue issue : result.getErrors()) {
                errors.append(errors.length() == 0 ? "" : "; ").append("at expression ")
                        .append(issue.getSourceLocation().getLine()).append(':')
                        .append(issue.getSourceLocation().getColumn() + 1).append(": ").append(issue.getMessage());
            }
            return new Compiled(Optional.empty(), errors.toString());
        }
        try {
            return new Compiled(Optional.of(new CelCondition(variable, cel.createProgram(result.getAst()))), "");
        } catch (Exception e) {
            return new Compiled(Optional.empty(), e.getMessage());
        }
    }

    record Compiled(Optional<CelCondition> condition, String error) {
    }

    /**
     * Evaluates the condition on a view. True means the rule fires. A read of an absent (unknown) attribute makes
     * the outcome unknown, naming that attribute; any other evaluation error (including hitting the iteration
     * limit) is reported as an unknown fact naming the rule, so it is never silently a pass.
     */
    Outcome evaluate(Map<String, Object> view, ElementId element, String ruleId, Outcome fire) {
        try {
            Object value = program.eval(Map.of(variable, view));
            if (value instanceof Boolean result) {
                return result ? fire : Outcome.PASS;
            }
            return Outcome.unknown(element.value() + ".(pack rule " + ruleId + " gave " + value + ", not true or false)");
        } catch (CelEvaluationException e) {
            Matcher missing = MISSING_KEY.matcher(String.valueOf(e.getMessage()));
            if (missing.find()) {
                return Outcome.unknown(element.value() + "." + missing.group(1));
            }
            return Outcome.unknown(element.value() + ".(pack rule " + ruleId + " could not be evaluated: "
                    + firstLine(e.getMessage()) + ")");
        }
    }

    private static String firstLine(String message) {
        String text = String.valueOf(message);
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
