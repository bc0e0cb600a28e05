package org.threatmesh.cli.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.threatmesh.model.NodeKind;
import org.threatmesh.rules.Reference;
import org.threatmesh.rules.Rule;
import org.threatmesh.rules.RuleMetadata;

/** {@code threatmesh rules}: every rule with its metadata, as text or JSON, in id order. */
public final class RuleCatalog {

    private RuleCatalog() {
    }

    public static String text(List<Rule> rules) {
        StringBuilder out = new StringBuilder();
        out.append(rules.size()).append(" rules\n");
        for (Rule rule : rules) {
            RuleMetadata meta = rule.metadata();
            out.append('\n').append(meta.id()).append("  [").append(meta.severity().wireName()).append(", ")
                    .append(kind(meta)).append(meta.extension() ? ", beyond NIST text" : "").append("]\n");
            out.append("  ").append(meta.title()).append('\n');
            out.append("  Strategies: ").append(String.join(", ", meta.strategyIds())).append("; STRIDE: ")
                    .append(Reports.stride(meta)).append("; targets: ").append(targets(meta)).append('\n');
            out.append("  References: ").append(Reports.references(meta)).append('\n');
            out.append("  Why: ").append(meta.rationale()).append('\n');
            out.append("  Fix: ").append(meta.remediation()).append('\n');
            out.append("  Severity: ").append(meta.severityReason()).append('\n');
            out.append("  Artefacts: ").append(String.join("; ", meta.artefacts())).append('\n');
        }
        return out.toString();
    }

    public static String json(List<Rule> rules) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            json.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
            json.writeStartObject();
            json.writeArrayFieldStart("rules");
            for (Rule rule : rules) {
                RuleMetadata meta = rule.metadata();
                json.writeStartObject();
                json.writeStringField("id", meta.id());
                json.writeStringField("title", meta.title());
                json.writeStringField("rationale", meta.rationale());
                json.writeStringField("remediation", meta.remediation());
                json.writeStringField("severity", meta.severity().wireName());
                json.writeStringField("severityReason", meta.severityReason());
                json.writeStringField("stride", Reports.stride(meta));
                json.writeArrayFieldStart("strategies");
                for (String strategy : meta.strategyIds()) {
                    json.writeString(strategy);
                }
                json.writeEndArray();
                json.writeArrayFieldStart("references");
                for (Reference reference : meta.references()) {
                    json.writeStartObject();
                    json.writeStringField("source", reference.source());
                    json.writeStringField("identifier", reference.identifier());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeStringField("targets", targets(meta));
                json.writeArrayFieldStart("artefacts");
                for (String artefact : meta.artefacts()) {
                    json.writeString(artefact);
                }
                json.writeEndArray();
                json.writeStringField("kind", kind(meta));
                json.writeBooleanField("extension", meta.extension());
                json.writeStringField("reach", rule.reach().name().toLowerCase(Locale.ROOT));
                if (rule.remedy().isPresent()) {
                    json.writeObjectFieldStart("remedy");
                    json.writeStringField("label", rule.remedy().get().label());
                    json.writeObjectFieldStart("set");
                    for (org.threatmesh.rules.Remedy.Change<?> change : rule.remedy().get().changes()) {
                        json.writeStringField(change.key().name(),
                                org.threatmesh.rules.builtin.support.Evidences.wire(change.value()));
                    }
                    json.writeEndObject();
                    json.writeEndObject();
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text + "\n";
    }

    private static String kind(RuleMetadata meta) {
        return meta.kind().name().toLowerCase(Locale.ROOT);
    }

    private static String targets(RuleMetadata meta) {
        String type = meta.targets().type().name().toLowerCase(Locale.ROOT);
        if (meta.targets().nodeKinds().isEmpty()) {
            return type;
        }
        return type + ": " + String.join(", ", meta.targets().nodeKinds().stream().sorted()
                .map(NodeKind::wireName).toList());
    }
}
