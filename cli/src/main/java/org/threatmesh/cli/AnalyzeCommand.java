package org.threatmesh.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.threatmesh.cli.output.MarkdownReport;
import org.threatmesh.cli.output.SarifReport;
import org.threatmesh.cli.output.TextReport;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.io.ModelFiles;
import org.threatmesh.model.io.ModelLoadException;
import org.threatmesh.model.io.Problem;
import org.threatmesh.rules.Rule;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.builtin.BuiltInRules;
import org.threatmesh.rules.engine.AnalysisJson;
import org.threatmesh.rules.engine.AnalysisResult;
import org.threatmesh.rules.engine.Analyzer;
import org.threatmesh.rules.pack.RulePackException;
import org.threatmesh.rules.pack.RulePackLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code threatmesh analyze FILE}: runs every built-in rule (plus custom packs) and prints the findings. Exit 0, 1
 * when an open finding at or above {@code --fail-on} exists, 2 on bad input (model file, rule pack or option).
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Check a model against NIST SP 800-204 and print the findings.")
final class AnalyzeCommand implements Callable<Integer> {

    static final int EXIT_FINDINGS = 1;

    @Parameters(index = "0", paramLabel = "FILE", description = "model file (.threatmesh.json)")
    private Path file;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json, sarif or markdown (default: ${DEFAULT-VALUE})")
    private String format;

    @Option(names = "--fail-on", paramLabel = "SEVERITY",
            description = "exit 1 when an open finding at or above this severity exists: low, medium, high or critical")
    private String failOn;

    @Option(names = "--rules", paramLabel = "PACK.yaml", description = "custom rule pack (repeatable)")
    private List<Path> packs = new ArrayList<>();

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String chosenFormat = format.toLowerCase(Locale.ROOT);
        if (!List.of("text", "json", "sarif", "markdown").contains(chosenFormat)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--format must be text, json, sarif or markdown, was '" + format + "'");
        }
        Severity threshold = failOn == null ? null : parseSeverity(failOn);
        ThreatModel model;
        try {
            model = new ModelFiles().load(file);
        } catch (ModelLoadException e) {
            for (Problem problem : e.problems()) {
                err.println(problem);
            }
            err.flush();
            return ThreatMeshCli.EXIT_BAD_INPUT;
        }
        List<Rule> rules = new ArrayList<>(BuiltInRules.all());
        try {
            for (Path pack : packs) {
                rules.addAll(new RulePackLoader(BuiltInRules.all()).load(pack).rules());
            }
        } catch (RulePackException e) {
            err.println(e.getMessage());
            err.flush();
            return ThreatMeshCli.EXIT_BAD_INPUT;
        }
        AnalysisResult result;
        try {
            result = new Analyzer(rules, Clock.systemUTC()).analyze(model);
        } catch (IllegalArgumentException e) {
            err.println("threatmesh: " + e.getMessage());
            err.flush();
            return ThreatMeshCli.EXIT_BAD_INPUT;
        }
        String name = file.getFileName().toString();
        out.print(switch (chosenFormat) {
            case "json" -> new String(AnalysisJson.write(result), StandardCharsets.UTF_8);
            case "sarif" -> SarifReport.write(result, uriReference(file), Files.readAllBytes(file), version());
            case "markdown" -> MarkdownReport.write(result, name);
            default -> TextReport.write(result, name);
        });
        out.flush();
        return threshold != null && result.hasOpenAtLeast(threshold) ? EXIT_FINDINGS : 0;
    }

    private Severity parseSeverity(String text) {
        for (Severity severity : Severity.values()) {
            if (severity.wireName().equals(text.toLowerCase(Locale.ROOT))) {
                return severity;
            }
        }
        throw new CommandLine.ParameterException(spec.commandLine(),
                "--fail-on must be low, medium, high or critical, was '" + text + "'");
    }

    /** The file as a URI reference (SARIF requires one): forward slashes, spaces and non-ASCII escaped. */
    static String uriReference(Path file) {
        String path = file.toString().replace('\\', '/');
        try {
            return new java.net.URI(null, null, path, null).toASCIIString();
        } catch (java.net.URISyntaxException e) {
            return file.toAbsolutePath().toUri().toASCIIString();
        }
    }

    private static String version() {
        String version = ThreatMeshCli.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
