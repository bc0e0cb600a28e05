package org.threatmesh.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.io.ModelLoadException;
import org.threatmesh.model.io.ModelReader;

/**
 * A built-in sample model.
 *
 * @param id       stable identifier, also the resource's base name
 * @param title    what the sample is called in menus
 * @param summary  one line on what it shows
 */
public record Sample(String id, String title, String summary) {

    public Sample {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
    }

    /** The resource path of the sample's model file. */
    public String resource() {
        return "/org/threatmesh/samples/" + id + ".threatmesh.json";
    }

    /** The file name a user would save it under. */
    public String fileName() {
        return id + ".threatmesh.json";
    }

    /** The model file's bytes, exactly as shipped. */
    public byte[] bytes() {
        try (InputStream in = Sample.class.getResourceAsStream(resource())) {
            if (in == null) {
                throw new IllegalStateException("sample resource missing from the build: " + resource());
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read sample " + id, e);
        }
    }

    /** Loads the sample. Samples are tested to load, so a failure here is a build defect. */
    public ThreatModel load() {
        try {
            return new ModelReader().read(bytes(), fileName());
        } catch (ModelLoadException e) {
            throw new IllegalStateException("built-in sample does not load: " + e.getMessage(), e);
        }
    }
}
