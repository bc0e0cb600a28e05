package org.threatmesh.app.findings;

import javafx.css.PseudoClass;
import javafx.scene.paint.Color;
import org.threatmesh.rules.Severity;

/** How severities look everywhere in the app: one pseudo-class and one colour per severity. */
public final class Severities {

    private static final PseudoClass[] PSEUDO = new PseudoClass[Severity.values().length];

    static {
        for (Severity severity : Severity.values()) {
            PSEUDO[severity.ordinal()] = PseudoClass.getPseudoClass("severity-" + severity.name().toLowerCase());
        }
    }

    private Severities() {
    }

    /** {@code :severity-high} and so on, for stylesheets. */
    public static PseudoClass pseudoClass(Severity severity) {
        return PSEUDO[severity.ordinal()];
    }

    /** The colour of badges and call strokes: red for critical down to blue for low. */
    public static Color color(Severity severity) {
        return switch (severity) {
            case CRITICAL -> Color.web("#b91c1c");
            case HIGH -> Color.web("#ea580c");
            case MEDIUM -> Color.web("#ca8a04");
            case LOW -> Color.web("#2563eb");
        };
    }
}
