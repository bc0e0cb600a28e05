package org.threatmesh.rules.engine;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.threatmesh.model.TriageDecision;
import org.threatmesh.model.attr.WireEnum;
import org.threatmesh.rules.Evidence;
import org.threatmesh.rules.Finding;
import org.threatmesh.rules.Reference;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.Strategy;
import org.threatmesh.rules.Stride;

/**
 * The analysis as JSON: {@code findings[]} in report order, the {@code coverage[]} matrix, and stale and expired
 * triage decisions. Fields come in a fixed order and lines end with LF, so the same result always gives the same
 * bytes (golden files and {@code threatmesh analyze --format json} use it).
 */
public final class AnalysisJson {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final DefaultPrettyPrinter PRETTY;

    static {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        PRETTY = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withArrayIndenter(indenter).withObjectIndenter(indenter);
    }

    private AnalysisJson() {
    }

    /** The result as UTF-8 JSON ending with a newline. */
    public static byte[] write(AnalysisResult result) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.setPrettyPrinter(new DefaultPrettyPrinter(PRETTY));
            json.writeStartObject();
            json.writeStringField("model", result.model().info().name());
            writeSummary(json, result);
            json.writeArrayFieldStart("findings");
            for (Finding finding : result.findings()) {
                writeFinding(json, result, finding);
            }
            json.writeEndArray();
            writeCoverage(json, result.coverage());
            writeDecisions(json, "staleTriage", result.staleDecisions());
            writeDecisions(json, "expiredTriage", result.expiredDecisions());
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        out.write('\n');
        return out.toByteArray();
    }

    private static void writeSummary(JsonGenerator json, AnalysisResult result) throws IOException {
        json.writeObjectFieldStart("summary");
        json.writeNumberField("findings", result.findings().size());
        json.writeNumberField("open", result.openFindings().size());
        for (int i = Severity.values().length - 1; i >= 0; i--) {
            Severity severity = Severity.values()[i];
            json.writeNumberField(severity.wireName(),
                    result.findings().stream().filter(f -> f.severity() == severity).count());
        }
        json.writeEndObject();
    }

    /** Writes one finding object; shared with other JSON-based formats. */
    public static void writeFinding(JsonGenerator json, AnalysisResult result, Finding finding) throws IOException {
        RuleMetadata rule = finding.rule();
        json.writeStartObject();
        json.writeStringField("key", finding.key());
        json.writeStringField("ruleId", rule.id());
        json.writeStringField("title", rule.title());
        json.writeStringField("kind", wire(finding.kind()));
        json.writeStringField("severity", finding.severity().wireName());
        json.writeArrayFieldStart("stride");
        for (Stride stride : Stride.values()) {
            if (rule.stride().contains(stride)) {
                json.writeString(stride.letter());
            }
        }
        json.writeEndArray();
        json.writeArrayFieldStart("strategies");
        for (Strategy strategy : finding.strategies()) {
            json.writeString(strategy.id());
        }
        json.writeEndArray();
        json.writeArrayFieldStart("references");
        for (Reference reference : rule.references()) {
            json.writeString(label(reference));
        }
        json.writeEndArray();
        json.writeStringField("elementId", finding.element().value());
        json.writeStringField("elementType", finding.element().type().name().toLowerCase(java.util.Locale.ROOT));
        json.writeStringField("elementName", finding.elementName());
        json.writeStringField("status", result.isOpen(finding) ? "open" : finding.status().wireName());
        json.writeStringField("message", finding.message());
        json.writeArrayFieldStart("evidence");
        for (Evidence evidence : finding.evidence()) {
            json.writeStartObject();
            json.writeStringField("subject", evidence.subject());
            json.writeStringField("fact", evidence.fact());
            json.writeStringField("value", evidence.value());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeStringField("mitigation", finding.mitigation());
        json.writeArrayFieldStart("artefacts");
        for (String artefact : finding.artefacts()) {
            json.writeString(artefact);
        }
        json.writeEndArray();
        json.writeBooleanField("extension", rule.extension());
        if (finding.triage().isPresent()) {
            json.writeFieldName("triage");
            writeDecision(json, finding.triage().get(), result);
        }
        json.writeEndObject();
    }

    private static void writeCoverage(JsonGenerator json, Coverage coverage) throws IOException {
        json.writeArrayFieldStart("coverage");
        for (Coverage.StrategyCoverage line : coverage.strategies()) {
            json.writeStartObject();
            json.writeStringField("strategy", line.strategy().id());
            json.writeStringField("title", line.strategy().title());
            json.writeStringField("status", line.status().wireName());
            json.writeArrayFieldStart("recommendations");
            for (Coverage.RecommendationCoverage recommendation : line.recommendations()) {
                json.writeStartObject();
                json.writeStringField("recommendation", recommendation.recommendation());
                json.writeStringField("status", recommendation.status().wireName());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeDecisions(JsonGenerator json, String field, List<TriageDecision> decisions)
            throws IOException {
        json.writeArrayFieldStart(field);
        for (TriageDecision decision : decisions) {
            writeDecision(json, decision, null);
        }
        json.writeEndArray();
    }

    private static void writeDecision(JsonGenerator json, TriageDecision decision, AnalysisResult result)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("finding", decision.findingKey());
        json.writeStringField("status", decision.status().wireName());
        json.writeStringField("justification", decision.justification());
        json.writeStringField("by", decision.decidedBy());
        json.writeStringField("at", decision.decidedAt().toString());
        if (decision.expires().isPresent()) {
            json.writeStringField("expires", decision.expires().get().toString());
        }
        if (result != null) {
            json.writeBooleanField("expired", decision.isExpiredOn(result.today()));
        }
        json.writeEndObject();
    }

    /** "NIST SP 800-204 MS-SS-4#2", or just "CWE-319" where the identifier already names its source. */
    public static String label(Reference reference) {
        return reference.source().equals(Reference.CWE) ? reference.identifier() : reference.toString();
    }

    private static String wire(Enum<?> value) {
        return value instanceof WireEnum wireEnum ? wireEnum.wireName() : value.name().toLowerCase(java.util.Locale.ROOT);
    }
}
