package org.threatmesh.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.threatmesh.export.ExportException;
import org.threatmesh.export.config.ConfigBundle;
import org.threatmesh.export.config.ConfigExporter;
import org.threatmesh.export.manifest.Target;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.io.ModelFiles;
import org.threatmesh.model.io.ModelLoadException;
import org.threatmesh.model.io.Problem;
import org.threatmesh.rules.Finding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code threatmesh export configs FILE --target k8s|istio|gateway-api|kong|all -o DIR}: writes deployable
 * configuration skeletons and a README into DIR atomically. Exit 0 on success, 2 for a bad model, target or folder.
 */
@Command(name = "configs", mixinStandardHelpOptions = true,
        description = "Write Kubernetes, Istio, Gateway API and Kong configuration that implements the model's "
                + "mitigations, with a README of what to fill in.")
final class ExportConfigsCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "model file (.threatmesh.json)")
    private Path file;

    @Option(names = {"-t", "--target"}, required = true, split = ",", paramLabel = "TARGET",
            description = "k8s, istio, gateway-api, kong or all; repeat or separate with commas")
    private List<String> targetNames;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
            description = "output folder: new, empty, or a previous export (replaced)")
    private Path output;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Set<Target>> targets = parseTargets(err);
        if (targets.isEmpty()) {
            return ThreatMeshCli.EXIT_BAD_INPUT;
        }
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
        // Findings come from the analysis engine once it is wired into the CLI; resources still name the
        // strategies they implement without them.
        List<Finding> findings = List.of();
        try {
            ConfigBundle bundle = new ConfigExporter().plan(model, findings, targets.get());
            bundle.writeTo(output);
            out.println("Wrote " + bundle.paths().size() + " files to " + output);
            for (String path : bundle.paths()) {
                out.println("  " + path);
            }
            out.flush();
            return 0;
        } catch (ExportException e) {
            err.println("threatmesh: " + e.getMessage());
            err.flush();
            return ThreatMeshCli.EXIT_BAD_INPUT;
        }
    }

    private Optional<Set<Target>> parseTargets(PrintWriter err) {
        Set<Target> targets = EnumSet.noneOf(Target.class);
        for (String name : targetNames) {
            if (name.equalsIgnoreCase("all")) {
                targets.addAll(EnumSet.allOf(Target.class));
                continue;
            }
            Optional<Target> target = Target.fromCliName(name);
            if (target.isEmpty()) {
                err.println("threatmesh: unknown target '" + name + "'; use k8s, istio, gateway-api, kong or all");
                err.flush();
                return Optional.empty();
            }
            targets.add(target.get());
        }
        return Optional.of(targets);
    }
}
