package org.threatmesh.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code threatmesh} command. Exit codes: 0 success, 1 findings at or above the failure threshold (analyze),
 * 2 bad input or usage.
 */
@Command(name = "threatmesh", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Threat modeling for microservice systems against NIST SP 800-204.",
        subcommands = {ValidateCommand.class, FormatCommand.class, ExportCommand.class,
            CommandLine.HelpCommand.class})
public final class ThreatMeshCli {

    /** Exit code for invalid input files and usage errors; picocli uses the same code for usage errors. */
    public static final int EXIT_BAD_INPUT = 2;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code; used by tests without exiting the JVM. */
    public static int run(String... args) {
        CommandLine commandLine = new CommandLine(new ThreatMeshCli());
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            cmd.getErr().println("threatmesh: " + exception.getMessage());
            return EXIT_BAD_INPUT;
        });
        return commandLine.execute(args);
    }
}
