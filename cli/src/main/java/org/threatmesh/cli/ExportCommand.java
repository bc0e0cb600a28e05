package org.threatmesh.cli;

import picocli.CommandLine.Command;

/** {@code threatmesh export <format> ...}: groups the exporters; each format is a subcommand. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a model: a PDF threat report or deployable configuration.",
        subcommands = {ExportConfigsCommand.class, ExportPdfCommand.class})
final class ExportCommand {
}
