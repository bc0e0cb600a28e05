package org.threatmesh.app.samples;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.threatmesh.samples.Sample;
import org.threatmesh.samples.SampleCatalog;

/**
 * What the command line asks the app to open: {@code threatmesh-app FILE} opens a model file,
 * {@code threatmesh-app --sample ID} opens a built-in sample as an untitled document, nothing opens the default
 * sample. A wrong request carries one message naming the problem and the valid choices.
 */
public sealed interface LaunchRequest {

    /** No argument: the default sample, as on every first start. */
    record DefaultDocument() implements LaunchRequest {
    }

    /** A model file to open. */
    record OpenFile(Path file) implements LaunchRequest {
    }

    /** A built-in sample to open. */
    record OpenSample(Sample sample) implements LaunchRequest {
    }

    /** Arguments the app does not understand; the default sample opens and {@code message} is shown. */
    record Invalid(String message) implements LaunchRequest {
    }

    /** Reads the raw application arguments. */
    static LaunchRequest parse(List<String> args) {
        if (args.isEmpty()) {
            return new DefaultDocument();
        }
        String first = args.get(0);
        if (first.equals("--sample") || first.startsWith("--sample=")) {
            Optional<String> id = first.startsWith("--sample=") ? Optional.of(first.substring(9))
                    : args.size() > 1 ? Optional.of(args.get(1)) : Optional.empty();
            if (id.isEmpty() || id.get().isBlank()) {
                return new Invalid("--sample needs a sample id: " + known());
            }
            return SampleCatalog.find(id.get()).<LaunchRequest>map(OpenSample::new)
                    .orElseGet(() -> new Invalid("Unknown sample '" + id.get() + "'. Known samples: " + known()));
        }
        if (first.startsWith("--")) {
            return new Invalid("Unknown option " + first + ". Use: threatmesh-app [FILE | --sample ID]");
        }
        return new OpenFile(Path.of(first));
    }

    private static String known() {
        return SampleCatalog.all().stream().map(Sample::id).collect(Collectors.joining(", "));
    }
}
