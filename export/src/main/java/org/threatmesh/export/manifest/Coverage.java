package org.threatmesh.export.manifest;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.threatmesh.model.ElementId;
import org.threatmesh.rules.Finding;
import org.threatmesh.rules.Reference;
import org.threatmesh.rules.Strategy;

/**
 * What a generated resource mitigates, stated so that findings can be matched to it without knowing rule ids in
 * advance: a finding is mitigated when it is about one of the covered elements and its rule either checks one of
 * the resource's strategies and names the resource's kind among its mitigation artefacts, or cites one of the
 * resource's references (SM-DR items carry no MS-SS strategy).
 *
 * @param references recommendations the resource implements, for example {@code MS-SS-4#2} or {@code SM-DR6}; their
 *                   strategies are derived
 * @param artefacts  words a rule's artefact list uses for this resource, for example {@code PeerAuthentication}
 * @param elements   the elements whose findings the resource can clear
 */
public record Coverage(List<String> references, Set<String> artefacts, Set<ElementId> elements) {

    /** Sorts the references as people read them and copies the sets. */
    public Coverage {
        references = references.stream().distinct().sorted(Coverage::compareReferences).toList();
        artefacts = Set.copyOf(artefacts);
        elements = Collections.unmodifiableSet(new HashSet<>(elements));
    }

    /** The MS-SS strategies among the references, in strategy order. */
    public SortedSet<Strategy> strategies() {
        SortedSet<Strategy> strategies = new TreeSet<>();
        for (String reference : references) {
            if (reference.startsWith("MS-SS-")) {
                int hash = reference.indexOf('#');
                strategies.add(STRATEGIES.get(hash < 0 ? reference : reference.substring(0, hash)));
            }
        }
        return strategies;
    }

    private static final java.util.Map<String, Strategy> STRATEGIES = java.util.Arrays.stream(Strategy.values())
            .collect(java.util.stream.Collectors.toUnmodifiableMap(Strategy::id, s -> s));

    /** Orders references as people read them: MS-SS-2#6 before MS-SS-13#6, SM-DR2 before SM-DR10. */
    static int compareReferences(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int endA = digitsEnd(a, i);
                int endB = digitsEnd(b, j);
                int order = Long.compare(number(a, i, endA), number(b, j, endB));
                if (order != 0) {
                    return order;
                }
                i = endA;
                j = endB;
            } else {
                if (x != y) {
                    return Character.compare(x, y);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static long number(String text, int start, int end) {
        long value = 0;
        for (int k = start; k < end; k++) {
            value = value * 10 + (text.charAt(k) - '0');
        }
        return value;
    }

    private static int digitsEnd(String text, int start) {
        int end = start;
        while (end < text.length() && Character.isDigit(text.charAt(end)) && end - start < 18) {
            end++;
        }
        return end;
    }

    /** Whether this resource mitigates {@code finding}. */
    public boolean mitigates(Finding finding) {
        Objects.requireNonNull(finding, "finding");
        if (!elements.contains(finding.element())) {
            return false;
        }
        for (Reference reference : finding.rule().references()) {
            if (references.contains(reference.identifier())) {
                return true;
            }
        }
        boolean sameStrategy = finding.strategies().stream().anyMatch(strategies()::contains)
                || finding.rule().strategies().stream().anyMatch(strategies()::contains);
        return sameStrategy && namesArtefact(finding.artefacts());
    }

    private boolean namesArtefact(List<String> ruleArtefacts) {
        for (String ruleArtefact : ruleArtefacts) {
            String lower = ruleArtefact.toLowerCase(Locale.ROOT);
            for (String artefact : artefacts) {
                if (lower.contains(artefact.toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }
}
