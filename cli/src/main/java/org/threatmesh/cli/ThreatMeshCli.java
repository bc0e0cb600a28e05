package org.threatmesh.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code threatmesh} command. Exit codes: 0 success, 1 findings at or above the failure threshold (analyze),
 * 2 bad input or usage.
 */
@Command(name = "threatmesh", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Threat modeling for microservice systems against NIST SP 800-204.",
        subcommands = {ValidateCommand.class, FormatCommand.class, AnalyzeCommand.class, RulesCommand.class, ExportCommand.class,
            CommandLine.HelpCommand.class})
public final class ThreatMeshCli {

    /** Exit code for invalid input files and usage errors; picocli uses the same code for usage errors. */
    public static final int EXIT_BAD_INPUT = 2;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line on the process's standard streams and returns the exit code. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), args);
    }

    /** Runs the command line with the given streams and returns the exit code; used by tests. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new ThreatMeshCli());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            cmd.getErr().println("threatmesh: " + exception.getMessage());
            return EXIT_BAD_INPUT;
        });
        return commandLine.execute(args);
    }
}
