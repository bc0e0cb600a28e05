package org.threatmesh.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.threatmesh.model.io.ModelFiles;
import org.threatmesh.model.io.ModelLoadException;
import org.threatmesh.model.io.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code threatmesh validate FILE...}: checks model files and reports each problem with its location. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check model files. Prints OK <file> or one located error per line; exit 0 when all are valid, 2 otherwise.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "model files (.threatmesh.json)")
    private List<Path> files;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ModelFiles modelFiles = new ModelFiles();
        boolean allValid = true;
        for (Path file : files) {
            try {
                modelFiles.load(file);
                out.println("OK " + file);
            } catch (ModelLoadException e) {
                allValid = false;
                for (Problem problem : e.problems()) {
                    err.println(problem);
                }
            }
        }
        out.flush();
        err.flush();
        return allValid ? 0 : ThreatMeshCli.EXIT_BAD_INPUT;
    }
}
