package org.threatmesh.cli.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.threatmesh.rules.Finding;
import org.threatmesh.rules.Rule;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.engine.AnalysisResult;
import org.threatmesh.rules.engine.NeedsReview;

/**
 * The analysis as SARIF 2.1.0, for code-scanning dashboards. Every rule that ran is a reporting descriptor with its
 * rationale and remediation as help text; every finding is a result located in the model file by JSON path (as a
 * logical location) and by line and column (as a region). Triaged findings carry a suppression.
 */
public final class SarifReport {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private SarifReport() {
    }

    public static String write(AnalysisResult result, String fileUri, byte[] modelBytes, String version) {
        JsonLocations locations = JsonLocations.of(modelBytes);
        Map<String, RuleMetadata> rules = new LinkedHashMap<>();
        for (Rule rule : result.rules()) {
            rules.put(rule.metadata().id(), rule.metadata());
        }
        rules.put(NeedsReview.RULE_ID, NeedsReview.METADATA);
        List<String> ruleIds = new ArrayList<>(rules.keySet());
        StringWriter text = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            json.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
            json.writeStartObject();
            json.writeStringField("$schema", SCHEMA);
            json.writeStringField("version", "2.1.0");
            json.writeArrayFieldStart("runs");
            json.writeStartObject();
            writeTool(json, rules, version);
            json.writeArrayFieldStart("artifacts");
            json.writeStartObject();
            json.writeObjectFieldStart("location");
            json.writeStringField("uri", fileUri);
            json.writeEndObject();
            json.writeStringField("mimeType", "application/json");
            json.writeEndObject();
            json.writeEndArray();
            json.writeArrayFieldStart("results");
            for (Finding finding : result.findings()) {
                writeResult(json, result, finding, ruleIds.indexOf(finding.ruleId()), fileUri, locations);
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text + "\n";
    }

    private static void writeTool(JsonGenerator json, Map<String, RuleMetadata> rules, String version)
            throws IOException {
        json.writeObjectFieldStart("tool");
        json.writeObjectFieldStart("driver");
        json.writeStringField("name", "ThreatMesh");
        json.writeStringField("version", version);
        json.writeStringField("informationUri", "https://doi.org/10.6028/NIST.SP.800-204");
        json.writeArrayFieldStart("rules");
        for (RuleMetadata rule : rules.values()) {
            json.writeStartObject();
            json.writeStringField("id", rule.id());
            json.writeObjectFieldStart("shortDescription");
            json.writeStringField("text", rule.title());
            json.writeEndObject();
            json.writeObjectFieldStart("fullDescription");
            json.writeStringField("text", rule.rationale());
            json.writeEndObject();
            json.writeObjectFieldStart("help");
            json.writeStringField("text", help(rule));
            json.writeStringField("markdown", helpMarkdown(rule));
            json.writeEndObject();
            json.writeObjectFieldStart("defaultConfiguration");
            json.writeStringField("level", level(rule.severity()));
            json.writeEndObject();
            json.writeObjectFieldStart("properties");
            json.writeArrayFieldStart("tags");
            json.writeString("security");
            for (String strategy : rule.strategyIds()) {
                json.writeString(strategy);
            }
            json.writeEndArray();
            json.writeStringField("security-severity", securitySeverity(rule.severity()));
            json.writeStringField("severity", rule.severity().wireName());
            json.writeStringField("stride", Reports.stride(rule));
            json.writeStringField("references", Reports.references(rule));
            json.writeStringField("kind", rule.kind().name().toLowerCase(java.util.Locale.ROOT));
            json.writeBooleanField("beyondNistText", rule.extension());
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeResult(JsonGenerator json, AnalysisResult result, Finding finding, int ruleIndex,
            String fileUri, JsonLocations locations) throws IOException {
        json.writeStartObject();
        json.writeStringField("ruleId", finding.ruleId());
        json.writeNumberField("ruleIndex", ruleIndex);
        json.writeStringField("level", level(finding.severity()));
        json.writeObjectFieldStart("message");
        json.writeStringField("text", finding.message());
        json.writeEndObject();
        json.writeArrayFieldStart("locations");
        json.writeStartObject();
        Optional<JsonLocations.Location> location = locations.of(finding.element());
        json.writeObjectFieldStart("physicalLocation");
        json.writeObjectFieldStart("artifactLocation");
        json.writeStringField("uri", fileUri);
        json.writeNumberField("index", 0);
        json.writeEndObject();
        if (location.isPresent()) {
            json.writeObjectFieldStart("region");
            json.writeNumberField("startLine", location.get().line());
            json.writeNumberField("startColumn", location.get().column());
            json.writeEndObject();
        }
        json.writeEndObject();
        json.writeArrayFieldStart("logicalLocations");
        json.writeStartObject();
        json.writeStringField("name", finding.element().value());
        json.writeStringField("fullyQualifiedName", location.map(JsonLocations.Location::jsonPath)
                .orElse("$"));
        json.writeStringField("kind", "object");
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndArray();
        json.writeObjectFieldStart("partialFingerprints");
        json.writeStringField("threatmeshFindingKey/v1", finding.key());
        json.writeEndObject();
        if (!result.isOpen(finding)) {
            json.writeArrayFieldStart("suppressions");
            json.writeStartObject();
            json.writeStringField("kind", "external");
            json.writeStringField("status", "accepted");
            json.writeStringField("justification", finding.status().wireName() + ": "
                    + finding.triage().orElseThrow().justification());
            json.writeEndObject();
            json.writeEndArray();
        }
        json.writeObjectFieldStart("properties");
        json.writeStringField("findingKey", finding.key());
        json.writeStringField("findingKind", finding.kind().name().toLowerCase(java.util.Locale.ROOT));
        json.writeStringField("severity", finding.severity().wireName());
        json.writeStringField("strategies", Reports.strategies(finding.strategies()));
        json.writeStringField("elementName", finding.elementName());
        json.writeStringField("status", result.isOpen(finding) ? "open" : finding.status().wireName());
        json.writeStringField("mitigation", finding.mitigation());
        json.writeEndObject();
        json.writeEndObject();
    }

    private static String help(RuleMetadata rule) {
        return rule.remediation() + " Artefacts: " + String.join("; ", rule.artefacts()) + ". References: "
                + Reports.references(rule) + ".";
    }

    private static String helpMarkdown(RuleMetadata rule) {
        StringBuilder out = new StringBuilder(MarkdownReport.cell(rule.rationale())).append("\n\n**Remediation:** ")
                .append(MarkdownReport.cell(rule.remediation())).append("\n\n");
        for (String artefact : rule.artefacts()) {
            out.append("- ").append(MarkdownReport.cell(artefact)).append('\n');
        }
        out.append("\nReferences: ").append(MarkdownReport.cell(Reports.references(rule)));
        return out.toString();
    }

    /** SARIF levels: critical and high are errors, medium warnings, low notes. */
    static String level(Severity severity) {
        return switch (severity) {
            case CRITICAL, HIGH -> "error";
            case MEDIUM -> "warning";
            case LOW -> "note";
        };
    }

    /** GitHub code scanning's numeric scale (critical >= 9.0, high >= 7.0, medium >= 4.0). */
    static String securitySeverity(Severity severity) {
        return switch (severity) {
            case CRITICAL -> "9.5";
            case HIGH -> "8.0";
            case MEDIUM -> "5.5";
            case LOW -> "3.0";
        };
    }
}
