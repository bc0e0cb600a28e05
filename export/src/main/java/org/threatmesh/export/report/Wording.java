package org.threatmesh.export.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.ElementType;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.attr.WireEnum;
import org.threatmesh.rules.Finding;
import org.threatmesh.rules.FindingKind;
import org.threatmesh.rules.Reference;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.Stride;
import org.threatmesh.rules.Strategy;

/** How model and finding values are said in the report, in one place so every section words them alike. */
final class Wording {

    private Wording() {
    }

    static String severity(Severity severity) {
        String name = severity.name();
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }

    static String kind(FindingKind kind) {
        return switch (kind) {
            case VIOLATION -> "Violation";
            case NEEDS_REVIEW -> "Needs review";
            case NEEDS_ATTESTATION -> "Needs attestation";
        };
    }

    static String stride(Finding finding) {
        return finding.rule().stride().stream().sorted()
                .map(s -> s.letter() + " " + s.title()).collect(Collectors.joining(", "));
    }

    static String strideLetters(Finding finding) {
        return finding.rule().stride().stream().sorted().map(Stride::letter).collect(Collectors.joining());
    }

    static String strategies(List<Strategy> strategies) {
        return strategies.isEmpty() ? "—" : strategies.stream().map(Strategy::id).collect(Collectors.joining(", "));
    }

    static String strategy(Strategy strategy) {
        return strategy.id() + " " + strategy.title();
    }

    static String references(List<Reference> references) {
        return references.stream().map(r -> r.identifier().startsWith(r.source()) ? r.identifier() : r.toString())
                .collect(Collectors.joining("; "));
    }

    /**
     * "Cart (service)", "shop (zone)", "Online shop (model)"; a call reads "place order (Frontend → Orders)" so two
     * calls with the same label stay distinguishable.
     */
    static String element(ThreatModel model, ElementId id) {
        if (id.type() == ElementType.EDGE) {
            return label(model, id) + (model.edge((org.threatmesh.model.EdgeId) id).map(e -> e.name().isEmpty())
                    .orElse(true) ? " (call)" : "");
        }
        return model.nameOf(id) + " (" + elementType(model, id) + ")";
    }

    /** The element's name; for a named call, with its endpoints: "place order (Frontend → Orders)". */
    static String label(ThreatModel model, ElementId id) {
        if (id.type() == ElementType.EDGE) {
            return model.edge((org.threatmesh.model.EdgeId) id).filter(e -> !e.name().isEmpty())
                    .map(e -> e.name() + " (" + model.nameOf(e.from()) + " → " + model.nameOf(e.to()) + ")")
                    .orElse(model.nameOf(id));
        }
        return model.nameOf(id);
    }

    static String elementType(ThreatModel model, ElementId id) {
        return switch (id.type()) {
            case NODE -> model.node((org.threatmesh.model.NodeId) id)
                    .map(n -> n.kind().displayName().toLowerCase(Locale.ROOT)).orElse("node");
            case EDGE -> "call";
            case ZONE -> "zone";
            case MODEL -> "model";
        };
    }

    static String elementTypePlural(ElementType type) {
        return switch (type) {
            case NODE -> "Nodes";
            case EDGE -> "Calls";
            case ZONE -> "Trust zones";
            case MODEL -> "Model";
        };
    }

    /** Known attributes as "key = value" pairs in key order; lists joined with commas. */
    static String attributes(Map<String, Object> attributes) {
        if (attributes.isEmpty()) {
            return "no attributes recorded";
        }
        return attributes.entrySet().stream().map(e -> e.getKey() + " = " + value(e.getValue()))
                .collect(Collectors.joining("; "));
    }

    static String value(Object value) {
        if (value instanceof WireEnum wire) {
            return wire.wireName();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Wording::value).collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }

    static String count(int n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }

    /** The first sentence of {@code text}, for plain-language summaries. */
    static String firstSentence(String text) {
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }
}
