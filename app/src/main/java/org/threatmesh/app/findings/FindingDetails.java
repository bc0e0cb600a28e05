package org.threatmesh.app.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.threatmesh.rules.Evidence;
import org.threatmesh.rules.Finding;
import org.threatmesh.rules.Reference;
import org.threatmesh.rules.Strategy;
import org.threatmesh.rules.Stride;

/**
 * The detail of one finding as titled sections of plain text: what fired and why, the SP 800-204 reference, STRIDE,
 * the mitigation and the configuration that implements it. Plain data, so the detail pane and tests share it.
 */
public final class FindingDetails {

    /** One titled block of the detail pane. */
    public record Section(String title, List<String> lines) {
        public Section {
            lines = List.copyOf(lines);
        }
    }

    private FindingDetails() {
    }

    /** The sections in display order; sections with nothing to say are left out. */
    public static List<Section> of(Finding finding) {
        List<Section> sections = new ArrayList<>();
        sections.add(new Section(finding.rule().title(), List.of(finding.message(), finding.rule().rationale())));
        sections.add(new Section("Evidence", finding.evidence().stream().map(FindingDetails::evidenceLine).toList()));
        List<String> references = new ArrayList<>();
        for (Strategy strategy : finding.strategies()) {
            references.add(strategy.id() + " " + strategy.title() + " (SP 800-204 " + strategy.section() + ")");
        }
        for (Reference reference : finding.rule().references()) {
            references.add(reference.toString());
        }
        sections.add(new Section("SP 800-204 reference", references));
        sections.add(new Section("STRIDE", finding.rule().stride().stream().sorted()
                .map(s -> s.letter() + " " + s.title()).toList()));
        sections.add(new Section("Mitigation", List.of(finding.mitigation())));
        sections.add(new Section("Configuration", finding.artefacts()));
        return sections.stream().filter(s -> !s.lines().isEmpty()).toList();
    }

    /** STRIDE letters in canonical order, for example "STI". */
    public static String strideLetters(Finding finding) {
        return finding.rule().stride().stream().sorted().map(Stride::letter).collect(Collectors.joining());
    }

    /** Strategy ids, comma separated, or the first reference when the rule maps to no MS-SS strategy. */
    public static String strategyText(Finding finding) {
        if (finding.strategies().isEmpty()) {
            return finding.rule().references().isEmpty() ? "" : finding.rule().references().get(0).toString();
        }
        return finding.strategies().stream().map(Strategy::id).collect(Collectors.joining(", "));
    }

    private static String evidenceLine(Evidence evidence) {
        return evidence.toString();
    }
}
