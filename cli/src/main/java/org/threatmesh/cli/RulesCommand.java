package org.threatmesh.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.threatmesh.cli.output.RuleCatalog;
import org.threatmesh.rules.Rule;
import org.threatmesh.rules.builtin.BuiltInRules;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code threatmesh rules}: lists every built-in rule with its metadata. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "List every rule with its metadata.")
final class RulesCommand implements Callable<Integer> {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE})")
    private String format;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Rule> rules = BuiltInRules.all();
        String chosen = format.toLowerCase(Locale.ROOT);
        switch (chosen) {
            case "text" -> out.print(RuleCatalog.text(rules));
            case "json" -> out.print(RuleCatalog.json(rules));
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "--format must be text or json, was '" + format + "'");
        }
        out.flush();
        return 0;
    }
}
