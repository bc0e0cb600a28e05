package org.threatmesh.export.config;

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

    public Coverage {
        TreeSet<String> sorted = new TreeSet<>(Coverage::compareReferences);
        sorted.addAll(references);
        references = List.copyOf(sorted);
        artefacts = Set.copyOf(artefacts);
        elements = Set.copyOf(elements);
    }

    /** The MS-SS strategies among the references, in strategy order. */
    public SortedSet<Strategy> strategies() {
        SortedSet<Strategy> strategies = new TreeSet<>();
        for (String reference : references) {
            if (reference.startsWith("MS-SS-")) {
                int hash = reference.indexOf('#');
                strategies.add(Strategy.fromId(hash < 0 ? reference : reference.substring(0, hash)));
            }
        }
        return strategies;
    }

    /** Orders references as people read them: MS-SS-2#6 before MS-SS-13#6, SM-DR2 before SM-DR10. */
    static int compareReferences(String a, String b) {
        String[] left = a.split("(?<=\\D)(?=\\d)|(?<=\\d)(?=\\D)");
        String[] right = b.split("(?<=\\D)(?=\\d)|(?<=\\d)(?=\\D)");
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            boolean numbers = Character.isDigit(left[i].charAt(0)) && Character.isDigit(right[i].charAt(0));
            int order = numbers ? Integer.compare(Integer.parseInt(left[i]), Integer.parseInt(right[i]))
                    : left[i].compareTo(right[i]);
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(left.length, right.length);
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
