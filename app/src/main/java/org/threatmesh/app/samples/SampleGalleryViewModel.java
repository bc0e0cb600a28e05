package org.threatmesh.app.samples;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.threatmesh.samples.Sample;

/**
 * File > Open Sample: every built-in sample with its title and summary, in catalog order; opening one replaces the
 * document with an untitled copy of it (after the usual question about unsaved changes), so Save asks where.
 */
public final class SampleGalleryViewModel {

    private final List<Sample> samples;
    private final Predicate<Sample> opener;

    /**
     * @param samples the samples to offer, in display order
     * @param opener  opens a sample as a new untitled document; false when the user kept the current one
     */
    public SampleGalleryViewModel(List<Sample> samples, Predicate<Sample> opener) {
        this.samples = List.copyOf(samples);
        this.opener = opener;
    }

    public List<Sample> samples() {
        return samples;
    }

    /** The sample with {@code id}, if offered. */
    public Optional<Sample> find(String id) {
        return samples.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** Opens {@code sample}; true when it became the current document. */
    public boolean open(Sample sample) {
        if (!samples.contains(sample)) {
            throw new IllegalArgumentException("not an offered sample: " + sample.id());
        }
        return opener.test(sample);
    }
}
