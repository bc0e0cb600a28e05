package org.threatmesh.export.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.threatmesh.export.report.Block.Cell;
import org.threatmesh.export.report.Block.Heading;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.TriageDecision;
import org.threatmesh.rules.Finding;

/** Every finding as a card, grouped by the element it is about; each element is a bookmark. */
final class FindingsSection {

    private FindingsSection() {
    }

    static Section build(ReportContext context) {
        List<Block> blocks = new ArrayList<>();
        if (context.findings().isEmpty()) {
            blocks.add(Block.Paragraph.body("The analysis produced no findings."));
        } else {
            blocks.add(Block.Paragraph.body(Wording.count(context.findings().size(), "finding", "findings") + " on "
                    + Wording.count(context.byElement().size(), "element", "elements")
                    + ", grouped by element; within an element the most severe comes first."));
        }
        ThreatModel model = context.model();
        for (Map.Entry<ElementId, List<Finding>> entry : context.byElement().entrySet()) {
            blocks.add(new Heading(1, Wording.element(model, entry.getKey()),
                    Optional.of(ReportContext.elementAnchor(entry.getKey()))));
            for (Finding finding : entry.getValue()) {
                blocks.add(card(model, finding));
            }
        }
        return new Section(Section.FINDINGS, "Findings by element", blocks);
    }

    static Block.FindingCard card(ThreatModel model, Finding finding) {
        List<Cell> facts = new ArrayList<>();
        facts.add(Cell.of("Key: " + finding.key()));
        facts.add(Cell.of("Element: " + Wording.element(model, finding.element())));
        facts.add(Cell.of("Kind: " + Wording.kind(finding.kind()) + "    STRIDE: "
                + (finding.rule().stride().isEmpty() ? "—" : Wording.stride(finding))));
        facts.add(Cell.of("Rule: " + finding.ruleId() + " — " + finding.rule().title()
                + (finding.rule().extension() ? " (extension beyond the NIST text)" : "")));
        facts.add(Cell.of("Strategies: " + Wording.strategies(finding.strategies()) + "    References: "
                + Wording.references(finding.rule().references())));
        facts.add(Cell.of("Status: " + finding.status().displayName(), ReportContext.toneOf(finding)));
        return new Block.FindingCard(ReportContext.findingAnchor(finding), finding.key(), finding.rule().title(),
                Wording.severity(finding.severity()), ReportContext.toneOf(finding), facts, finding.message(),
                finding.evidence().stream().map(Object::toString).toList(), finding.mitigation(),
                finding.artefacts(), triage(finding));
    }

    private static String triage(Finding finding) {
        return finding.triage().map(FindingsSection::describe).orElse("");
    }

    private static String describe(TriageDecision decision) {
        StringBuilder text = new StringBuilder(decision.status().displayName());
        if (!decision.decidedBy().isBlank()) {
            text.append(" by ").append(decision.decidedBy());
        }
        text.append(" on ").append(CoverSection.DATE.format(decision.decidedAt().atZone(java.time.ZoneOffset.UTC)));
        decision.expires().ifPresent(date -> text.append(", review by ").append(CoverSection.DATE.format(date)));
        if (!decision.justification().isBlank()) {
            text.append(": ").append(decision.justification());
        }
        return text.toString();
    }
}
