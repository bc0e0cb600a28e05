package org.threatmesh.rules.engine;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.threatmesh.rules.Reference;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.rules.Strategy;

/**
 * The 54 bulleted recommendations of SP 800-204, labelled {@code MS-SS-n#k} as in the catalog (NIST does not number
 * the bullets; the k-th bullet of strategy n is {@code #k}). The coverage matrix lists every one of them, so a
 * recommendation no rule checks shows up as not applicable instead of disappearing.
 */
public final class Recommendations {

    private static final Pattern LABEL = Pattern.compile("(MS-SS-\\d+)#(\\d+)");
    private static final int[] BULLETS = {6, 6, 7, 3, 3, 1, 3, 3, 4, 3, 4, 5, 6};
    private static final Map<Strategy, List<String>> BY_STRATEGY = new EnumMap<>(Strategy.class);

    static {
        for (Strategy strategy : Strategy.values()) {
            List<String> labels = new ArrayList<>();
            for (int k = 1; k <= BULLETS[strategy.ordinal()]; k++) {
                labels.add(strategy.id() + "#" + k);
            }
            BY_STRATEGY.put(strategy, List.copyOf(labels));
        }
    }

    private Recommendations() {
    }

    /** The recommendations of {@code strategy}, in NIST's printed order. */
    public static List<String> of(Strategy strategy) {
        return BY_STRATEGY.get(strategy);
    }

    /** All 54 labels, strategy by strategy. */
    public static List<String> all() {
        List<String> all = new ArrayList<>();
        for (Strategy strategy : Strategy.values()) {
            all.addAll(of(strategy));
        }
        return all;
    }

    /** The recommendation labels a rule references, in reference order; unknown labels are ignored. */
    public static List<String> referencedBy(RuleMetadata rule) {
        List<String> result = new ArrayList<>();
        for (Reference reference : rule.references()) {
            if (reference.source().equals(Reference.SP800_204)) {
                parse(reference.identifier()).filter(label -> !result.contains(label)).ifPresent(result::add);
            }
        }
        return result;
    }

    /** {@code MS-SS-4#2} from identifiers such as {@code MS-SS-4#2}, if it is one of the 54 labels. */
    static Optional<String> parse(String identifier) {
        Matcher matcher = LABEL.matcher(identifier);
        if (!matcher.lookingAt()) {
            return Optional.empty();
        }
        String label = matcher.group(1) + "#" + matcher.group(2);
        for (Strategy strategy : Strategy.values()) {
            if (of(strategy).contains(label)) {
                return Optional.of(label);
            }
        }
        return Optional.empty();
    }
}
