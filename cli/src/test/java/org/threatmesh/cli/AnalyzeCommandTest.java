package org.threatmesh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threatmesh.rules.builtin.BuiltInRules;
import org.threatmesh.samples.SampleCatalog;

class AnalyzeCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = ThreatMeshCli.run(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private Path shop() throws Exception {
        Path file = dir.resolve("online-shop.threatmesh.json");
        Files.write(file, SampleCatalog.find("online-shop").orElseThrow().bytes());
        return file;
    }

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void jsonHasTheRequiredFieldsAndIsByteStable() throws Exception {
        Path shop = shop();
        Run first = run("analyze", shop.toString(), "--format", "json");
        Run second = run("analyze", shop.toString(), "--format", "json");
        assertThat(first.exit()).isZero();
        assertThat(first.out()).isEqualTo(second.out());
        JsonNode json = JSON.readTree(first.out());
        assertThat(json.path("findings")).isNotEmpty();
        for (JsonNode finding : json.path("findings")) {
            assertThat(finding.fieldNames()).toIterable().contains("key", "ruleId", "title", "severity", "stride",
                    "strategies", "elementId", "elementName", "status", "message", "mitigation");
            assertThat(finding.path("key").asText())
                    .isEqualTo(finding.path("ruleId").asText() + "@" + finding.path("elementId").asText());
        }
        assertThat(json.path("coverage")).hasSize(13);
        assertThat(json.path("coverage").get(3).path("strategy").asText()).isEqualTo("MS-SS-4");
        assertThat(json.path("coverage").get(3).path("status").asText()).isEqualTo("violated");
    }

    @Test
    void failOnSetsExitCodeByOpenSeverity() throws Exception {
        Path shop = shop();
        assertThat(run("analyze", shop.toString(), "--fail-on", "critical").exit()).isEqualTo(1);
        assertThat(run("analyze", shop.toString()).exit()).isZero();
        Path empty = write("empty.threatmesh.json", "{\"schemaVersion\": 1, \"model\": {\"name\": \"Empty\"}}");
        Run clean = run("analyze", empty.toString(), "--fail-on", "low");
        assertThat(clean.exit()).isZero();
        assertThat(clean.out()).contains("0 findings (0 open)");
    }

    @Test
    void badModelIsExitTwoWithLocatedMessageAndNoStackTrace() throws Exception {
        Path bad = write("bad.threatmesh.json", "{\"schemaVersion\": 1, \"model\": {\"name\": \"x\"},\n \"nodes\": [{\"id\": \"a\"}]}");
        Run result = run("analyze", bad.toString(), "--format", "sarif");
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("bad.threatmesh.json:2:").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void badPackIsExitTwoNamingFileRuleAndPosition() throws Exception {
        Path shop = shop();
        Path pack = write("team.yaml", "rules:\n  - id: team-x\n    title: T\n    rationale: R.\n    remediation: D.\n"
                + "    severity: low\n    severityReason: r\n    stride: [T]\n    strategies: [MS-SS-4]\n"
                + "    references: [MS-SS-4#2]\n    target: edge\n    artefacts: [a]\n    condition: 'edge.nope('\n");
        Run result = run("analyze", shop.toString(), "--rules", pack.toString());
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).startsWith(pack + ":13:16: rule 'team-x': condition does not compile")
                .doesNotContain("\tat ");
    }

    @Test
    void packRulesJoinTheAnalysis() throws Exception {
        Path shop = shop();
        Path pack = write("team.yaml", "rules:\n  - id: team-every-service\n    title: Every service is listed\n"
                + "    rationale: R.\n    remediation: D.\n    severity: low\n    severityReason: r\n    stride: [T]\n"
                + "    strategies: [MS-SS-2]\n    references: [MS-SS-2#1]\n    target: node\n    kinds: [service]\n"
                + "    artefacts: [a]\n    condition: 'node.kind == \"service\"'\n");
        Run result = run("analyze", shop.toString(), "--rules", pack.toString(), "--format", "json");
        assertThat(result.exit()).isZero();
        assertThat(JSON.readTree(result.out()).path("findings").findValuesAsText("key"))
                .contains("team-every-service@n-cart", "team-every-service@n-orders");
    }

    @Test
    void unknownOptionValuesAreUsageErrors() throws Exception {
        Path shop = shop();
        Run format = run("analyze", shop.toString(), "--format", "pdf");
        assertThat(format.exit()).isEqualTo(2);
        assertThat(format.err()).contains("--format must be text, json, sarif or markdown");
        assertThat(run("analyze", shop.toString(), "--fail-on", "severe").exit()).isEqualTo(2);
    }

    @Test
    void sarifIsStructurallyValidAndPointsIntoTheModelFile() throws Exception {
        Path shop = shop();
        Run run = run("analyze", shop.toString(), "--format", "sarif");
        assertThat(run.exit()).isZero();
        JsonNode sarif = JSON.readTree(run.out());
        assertThat(sarif.path("version").asText()).isEqualTo("2.1.0");
        assertThat(sarif.path("$schema").asText()).contains("sarif-2.1.0");
        JsonNode runNode = sarif.path("runs").get(0);
        JsonNode rules = runNode.path("tool").path("driver").path("rules");
        assertThat(runNode.path("tool").path("driver").path("name").asText()).isEqualTo("ThreatMesh");
        for (JsonNode rule : rules) {
            assertThat(rule.path("help").path("text").asText()).isNotBlank();
            assertThat(rule.path("shortDescription").path("text").asText()).isNotBlank();
        }
        List<String> lines = Files.readAllLines(shop);
        for (JsonNode result : runNode.path("results")) {
            assertThat(rules.get(result.path("ruleIndex").asInt()).path("id").asText())
                    .isEqualTo(result.path("ruleId").asText());
            assertThat(result.path("level").asText()).isIn("error", "warning", "note");
            assertThat(result.path("message").path("text").asText()).isNotBlank();
            JsonNode location = result.path("locations").get(0);
            String element = location.path("logicalLocations").get(0).path("name").asText();
            String path = location.path("logicalLocations").get(0).path("fullyQualifiedName").asText();
            assertThat(path).matches("\\$\\.(nodes|edges|zones)\\[\\d+\\]|\\$\\.model");
            int line = location.path("physicalLocation").path("region").path("startLine").asInt();
            if (!path.equals("$.model")) {
                assertThat(lines.get(line)).as("the line after the element's brace holds its id")
                        .contains("\"id\": \"" + element + "\"");
            }
        }
    }

    @Test
    void sarifUrisAreEscapedUriReferences() {
        assertThat(AnalyzeCommand.uriReference(Path.of("models", "my shop.threatmesh.json")))
                .isEqualTo("models/my%20shop.threatmesh.json");
    }

    @Test
    void markdownAndTextListFindingsAndCoverage() throws Exception {
        Path shop = shop();
        Run markdown = run("analyze", shop.toString(), "--format", "markdown");
        assertThat(markdown.out()).startsWith("# ThreatMesh analysis: Online shop\n")
                .contains("| Severity | Finding | Element | Strategies | Status | Message |")
                .contains("| MS-SS-4 | Secure communication | violated |");
        Run text = run("analyze", shop.toString());
        assertThat(text.out()).contains("CRITICAL weak-hop-to-sensitive-datastore@n-orders-db")
                .contains("Coverage (SP 800-204 strategies)").doesNotContain("\r");
    }

    @Test
    void rulesCommandListsEveryRuleWithMetadata() throws Exception {
        Run text = run("rules");
        assertThat(text.exit()).isZero();
        assertThat(text.out()).startsWith(BuiltInRules.all().size() + " rules\n")
                .contains("east-west-without-mtls  [high, check]");
        JsonNode json = JSON.readTree(run("rules", "--format", "json").out());
        assertThat(json.path("rules")).hasSize(BuiltInRules.all().size());
        assertThat(json.path("rules").get(0).fieldNames()).toIterable().contains("id", "title", "rationale",
                "remediation", "severity", "stride", "strategies", "references", "targets", "artefacts", "kind");
        JsonNode broker = null;
        for (JsonNode rule : json.path("rules")) {
            if (rule.path("id").asText().equals("insecure-broker-connection")) {
                broker = rule;
            }
        }
        assertThat(broker).isNotNull();
        assertThat(broker.path("remedy").path("label").asText()).isEqualTo("Use mTLS with client identity");
        assertThat(broker.path("remedy").path("set").path("tls").asText()).isEqualTo("mtls");
        assertThat(broker.path("remedy").path("set").path("clientAuthn").asText()).isEqualTo("mtls_identity");
    }
}
