package org.threatmesh.model.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.threatmesh.model.Edge;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.Point;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.TriageDecision;
import org.threatmesh.model.TrustZone;
import org.threatmesh.model.ZoneId;
import org.threatmesh.model.ZoneLayout;
import org.threatmesh.model.attr.Attributes;
import org.threatmesh.model.attr.ServiceVersion;
import org.threatmesh.model.attr.WireEnum;

/**
 * Writes a model in the canonical form of the {@code .threatmesh.json} format: fixed key order, elements sorted
 * by id, attributes sorted by name, two-space indentation, LF line endings, UTF-8. Loading the output and writing
 * it again gives the same bytes. Stateless and thread-safe.
 */
public final class ModelWriter {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final DefaultPrettyPrinter PRETTY;

    static {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        PRETTY = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withArrayIndenter(indenter)
                .withObjectIndenter(indenter);
    }

    /** The model as canonical UTF-8 bytes, ending with a newline. */
    public byte[] write(ThreatModel model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.setPrettyPrinter(new DefaultPrettyPrinter(PRETTY));
            writeModel(json, model);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        out.write('\n');
        return out.toByteArray();
    }

    private static void writeModel(JsonGenerator json, ThreatModel model) throws IOException {
        json.writeStartObject();
        json.writeNumberField(Format.SCHEMA_VERSION, Format.CURRENT_VERSION);
        json.writeObjectFieldStart(Format.MODEL);
        json.writeStringField("name", model.info().name());
        json.writeStringField("description", model.info().description());
        json.writeStringField("author", model.info().author());
        json.writeStringField("version", model.info().version());
        writeAttributes(json, model.attributes());
        json.writeEndObject();

        json.writeArrayFieldStart(Format.ZONES);
        for (TrustZone zone : model.zones().values()) {
            json.writeStartObject();
            json.writeStringField("id", zone.id().value());
            json.writeStringField("name", zone.name());
            json.writeStringField("kind", zone.kind().wireName());
            if (zone.parent().isPresent()) {
                json.writeStringField("parent", zone.parent().get().value());
            }
            writeAttributes(json, zone.attributes());
            json.writeEndObject();
        }
        json.writeEndArray();

        json.writeArrayFieldStart(Format.NODES);
        for (Node node : model.nodes().values()) {
            json.writeStartObject();
            json.writeStringField("id", node.id().value());
            json.writeStringField("name", node.name());
            json.writeStringField("kind", node.kind().wireName());
            if (node.zone().isPresent()) {
                json.writeStringField("zone", node.zone().get().value());
            }
            writeAttributes(json, node.attributes());
            json.writeEndObject();
        }
        json.writeEndArray();

        json.writeArrayFieldStart(Format.EDGES);
        for (Edge edge : model.edges().values()) {
            json.writeStartObject();
            json.writeStringField("id", edge.id().value());
            json.writeStringField("from", edge.from().value());
            json.writeStringField("to", edge.to().value());
            if (!edge.name().isEmpty()) {
                json.writeStringField("name", edge.name());
            }
            writeAttributes(json, edge.attributes());
            json.writeEndObject();
        }
        json.writeEndArray();

        json.writeArrayFieldStart(Format.TRIAGE);
        for (TriageDecision decision : model.triage().values()) {
            json.writeStartObject();
            json.writeStringField("finding", decision.findingKey());
            json.writeStringField("status", decision.status().wireName());
            json.writeStringField("justification", decision.justification());
            json.writeStringField("by", decision.decidedBy());
            json.writeStringField("at", decision.decidedAt().toString());
            if (decision.expires().isPresent()) {
                json.writeStringField("expires", decision.expires().get().toString());
            }
            json.writeEndObject();
        }
        json.writeEndArray();

        writeLayout(json, model);
        json.writeEndObject();
    }

    private static void writeLayout(JsonGenerator json, ThreatModel model) throws IOException {
        json.writeObjectFieldStart(Format.LAYOUT);
        json.writeObjectFieldStart("nodes");
        for (Map.Entry<NodeId, Point> entry : model.layout().nodes().entrySet()) {
            json.writeObjectFieldStart(entry.getKey().value());
            json.writeNumberField("x", entry.getValue().x());
            json.writeNumberField("y", entry.getValue().y());
            json.writeEndObject();
        }
        json.writeEndObject();
        json.writeObjectFieldStart("zones");
        for (Map.Entry<ZoneId, ZoneLayout> entry : model.layout().zones().entrySet()) {
            json.writeObjectFieldStart(entry.getKey().value());
            json.writeNumberField("x", entry.getValue().bounds().x());
            json.writeNumberField("y", entry.getValue().bounds().y());
            json.writeNumberField("width", entry.getValue().bounds().width());
            json.writeNumberField("height", entry.getValue().bounds().height());
            if (entry.getValue().color().isPresent()) {
                json.writeStringField("color", entry.getValue().color().get());
            }
            json.writeEndObject();
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeAttributes(JsonGenerator json, Attributes attributes) throws IOException {
        if (attributes.isEmpty()) {
            return;
        }
        json.writeObjectFieldStart(Format.ATTRIBUTES);
        for (Map.Entry<String, Object> entry : attributes.asMap().entrySet()) {
            json.writeFieldName(entry.getKey());
            writeValue(json, entry.getValue());
        }
        json.writeEndObject();
    }

    private static void writeValue(JsonGenerator json, Object value) throws IOException {
        if (value instanceof WireEnum constant) {
            json.writeString(constant.wireName());
        } else if (value instanceof Boolean bool) {
            json.writeBoolean(bool);
        } else if (value instanceof Integer number) {
            json.writeNumber(number);
        } else if (value instanceof String text) {
            json.writeString(text);
        } else if (value instanceof List<?> list) {
            json.writeStartArray();
            for (Object item : list) {
                if (item instanceof ServiceVersion version) {
                    json.writeStartObject();
                    json.writeStringField("id", version.id());
                    json.writeNumberField("weight", version.weight());
                    json.writeBooleanField("monitored", version.monitored());
                    json.writeEndObject();
                } else {
                    writeValue(json, item);
                }
            }
            json.writeEndArray();
        } else {
            throw new IllegalStateException("attribute value of unexpected type " + value.getClass());
        }
    }
}
