package org.threatmesh.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.threatmesh.model.Edge;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.ElementType;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.Point;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.TriageDecision;
import org.threatmesh.model.TriageStatus;
import org.threatmesh.model.ZoneId;
import org.threatmesh.model.attr.AttributeCatalog;
import org.threatmesh.model.attr.AttributeKey;
import org.threatmesh.model.attr.Attributes;
import org.threatmesh.model.attr.Fact;
import org.threatmesh.model.attr.ValueType;
import org.threatmesh.model.edit.AddNodeCommand;
import org.threatmesh.model.edit.AssignZoneCommand;
import org.threatmesh.model.edit.Command;
import org.threatmesh.model.edit.ConnectCommand;
import org.threatmesh.model.edit.DeleteElementsCommand;
import org.threatmesh.model.edit.RenameCommand;
import org.threatmesh.model.edit.SetAttributeCommand;
import org.threatmesh.model.edit.SetTriageCommand;
import org.threatmesh.model.testing.ModelGenerator;
import org.threatmesh.rules.Finding;
import org.threatmesh.rules.builtin.BuiltInRules;

/**
 * Incremental re-analysis after any sequence of edits, made with the model's own commands, gives exactly the
 * findings, stale decisions and coverage of a full analysis of the final snapshot, after every step.
 */
class IncrementalAnalysisPropertyTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
    private static final Analyzer ANALYZER = new Analyzer(BuiltInRules.all(), CLOCK);

    @Property(tries = 100)
    void incrementalEqualsFullAfterEveryEdit(@ForAll long seed, @ForAll @IntRange(min = 1, max = 12) int steps,
            @ForAll @IntRange(min = 8, max = 40) int services) {
        Random random = new Random(seed);
        ThreatModel model = ModelGenerator.generate(services, seed);
        AnalysisResult incremental = ANALYZER.analyze(model);
        for (int step = 0; step < steps; step++) {
            Command edit = randomEdit(model, incremental, random, step);
            ThreatModel next;
            try {
                next = edit.apply(model);
            } catch (IllegalArgumentException refused) {
                continue;
            }
            AnalysisResult before = incremental;
            incremental = ANALYZER.reanalyze(incremental, next);
            AnalysisResult full = ANALYZER.analyze(next);
            Optional<Set<ElementId>> changed = incremental.changedSince(before);
            if (changed.isPresent()) {
                assertThat(changed.get()).as("elements reported changed after %s", edit.description())
                        .isEqualTo(elementsWhoseFindingsDiffer(before, full));
            }
            assertThat(incremental.findings()).as("findings after %s", edit.description())
                    .containsExactlyElementsOf(full.findings());
            assertThat(incremental.staleDecisions()).isEqualTo(full.staleDecisions());
            assertThat(incremental.coverage().strategies()).isEqualTo(full.coverage().strategies());
            model = next;
        }
    }

    private static Set<ElementId> elementsWhoseFindingsDiffer(AnalysisResult before, AnalysisResult after) {
        Set<ElementId> elements = new java.util.HashSet<>();
        before.findings().forEach(finding -> elements.add(finding.element()));
        after.findings().forEach(finding -> elements.add(finding.element()));
        elements.removeIf(element -> before.findingsFor(element).equals(after.findingsFor(element)));
        return elements;
    }

    private static Command randomEdit(ThreatModel model, AnalysisResult result, Random random, int step) {
        List<Node> nodes = new ArrayList<>(model.nodes().values());
        List<Edge> edges = new ArrayList<>(model.edges().values());
        List<ZoneId> zones = new ArrayList<>(model.zones().keySet());
        Node node = nodes.get(random.nextInt(nodes.size()));
        switch (random.nextInt(10)) {
            case 0, 1, 2 -> {
                List<AttributeKey<?>> keys = AttributeCatalog.forNode(node.kind());
                return setAttribute(node.id(), keys.get(random.nextInt(keys.size())), random);
            }
            case 3, 4 -> {
                if (edges.isEmpty()) {
                    return new RenameCommand(node.id(), "renamed " + step, "");
                }
                Edge edge = edges.get(random.nextInt(edges.size()));
                List<AttributeKey<?>> keys = AttributeCatalog.forElement(ElementType.EDGE);
                return setAttribute(edge.id(), keys.get(random.nextInt(keys.size())), random);
            }
            case 5 -> {
                Node target = nodes.get(random.nextInt(nodes.size()));
                if (target.id().equals(node.id())) {
                    return new RenameCommand(node.id(), "renamed " + step, "");
                }
                Edge edge = new Edge(new EdgeId("e-new-" + step), node.id(), target.id(), "",
                        Attributes.empty());
                return new ConnectCommand(edge);
            }
            case 6 -> {
                ElementId victim = !edges.isEmpty() && random.nextBoolean()
                        ? edges.get(random.nextInt(edges.size())).id() : node.id();
                return new DeleteElementsCommand(Set.of(victim));
            }
            case 7 -> {
                Optional<ZoneId> zone = zones.isEmpty() || random.nextInt(4) == 0 ? Optional.empty()
                        : Optional.of(zones.get(random.nextInt(zones.size())));
                return random.nextBoolean() ? new AssignZoneCommand(Set.of(node.id()), zone)
                        : new RenameCommand(node.id(), "renamed " + step, "");
            }
            case 8 -> {
                String key = result.findings().isEmpty() || random.nextInt(3) == 0 ? "gone-rule@" + node.id().value()
                        : result.findings().get(random.nextInt(result.findings().size())).key();
                TriageStatus status = TriageStatus.values()[random.nextInt(TriageStatus.values().length)];
                Optional<LocalDate> expires = random.nextBoolean() ? Optional.of(LocalDate.of(2026, 1, 1))
                        : Optional.empty();
                return new SetTriageCommand(List.of(new TriageDecision(key, status, "reviewed in step " + step,
                        "tester", Instant.parse("2026-05-01T00:00:00Z"), expires)));
            }
            default -> {
                Node added = new Node(new NodeId("n-new-" + step),
                        NodeKind.values()[random.nextInt(NodeKind.values().length)], "added " + step,
                        zones.isEmpty() ? Optional.empty() : Optional.of(zones.get(random.nextInt(zones.size()))),
                        Attributes.empty());
                return new AddNodeCommand(added, new Point(10, 10));
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Command setAttribute(ElementId target, AttributeKey<?> key, Random random) {
        if (random.nextInt(4) == 0) {
            return new SetAttributeCommand(List.of(target), key, Fact.unknown(), "");
        }
        Object value = switch (key.type()) {
            case ENUM -> key.enumConstants().get(random.nextInt(key.enumConstants().size()));
            case BOOLEAN -> random.nextBoolean();
            case INTEGER -> key.min() + random.nextInt(Math.max(1, Math.min(5_000, key.max() - key.min() + 1)));
            case TEXT -> "value-" + random.nextInt(3);
            case TEXT_LIST -> List.of("a", "b");
            case VERSIONS -> List.of();
        };
        if (key.type() == ValueType.VERSIONS) {
            return new SetAttributeCommand(List.of(target), key, Fact.unknown(), "");
        }
        return new SetAttributeCommand(List.of(target), key, Fact.known(key.check(value)), "");
    }
}
