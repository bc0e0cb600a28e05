package org.threatmesh.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.io.ModelFiles;
import org.threatmesh.model.io.ModelLoadException;
import org.threatmesh.model.io.ModelWriter;
import org.threatmesh.model.io.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code threatmesh format FILE...}: rewrites model files in canonical form (the form the app saves), upgrading
 * older schema versions, so hand edits and old files diff cleanly.
 */
@Command(name = "format", mixinStandardHelpOptions = true,
        description = "Rewrite model files in canonical form (sorted, LF, current schema). With --check, only report files that would change.")
final class FormatCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "model files (.threatmesh.json)")
    private List<Path> files;

    @Option(names = "--check", description = "change nothing; exit 1 when a file is not canonical")
    private boolean check;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ModelFiles modelFiles = new ModelFiles();
        ModelWriter writer = new ModelWriter();
        int exit = 0;
        for (Path file : files) {
            ThreatModel model;
            try {
                model = modelFiles.load(file);
            } catch (ModelLoadException e) {
                e.problems().stream().map(Problem::toString).forEach(err::println);
                exit = ThreatMeshCli.EXIT_BAD_INPUT;
                continue;
            }
            byte[] canonical = writer.write(model);
            boolean same = Arrays.equals(canonical, Files.readAllBytes(file));
            if (check) {
                out.println((same ? "canonical " : "would reformat ") + file);
                exit = same || exit == ThreatMeshCli.EXIT_BAD_INPUT ? exit : 1;
            } else if (!same) {
                ModelFiles.writeAtomically(file, canonical);
                out.println("formatted " + file);
            } else {
                out.println("unchanged " + file);
            }
        }
        out.flush();
        err.flush();
        return exit;
    }
}
