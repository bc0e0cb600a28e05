package org.threatmesh.app.samples;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.samples.Sample;

/**
 * Thumbnails of the built-in samples, rendered once per sample and then served from memory: samples never change
 * while the app runs. Generic in the image type so the cache is tested without a toolkit. Not thread-safe; used
 * on the UI thread.
 *
 * @param <I> the image type the renderer produces
 */
public final class SampleThumbnails<I> {

    private final Function<ThreatModel, I> renderer;
    private final Function<Sample, ThreatModel> loader;
    private final Map<String, I> cache = new HashMap<>();

    /**
     * @param renderer draws a model small
     * @param loader   loads a sample's model (normally {@link Sample#load()})
     */
    public SampleThumbnails(Function<ThreatModel, I> renderer, Function<Sample, ThreatModel> loader) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.loader = Objects.requireNonNull(loader, "loader");
    }

    /** The thumbnail of {@code sample}, rendered on first use. */
    public I thumbnail(Sample sample) {
        return cache.computeIfAbsent(sample.id(), id -> renderer.apply(loader.apply(sample)));
    }

    /** How many thumbnails are cached. */
    public int size() {
        return cache.size();
    }
}
