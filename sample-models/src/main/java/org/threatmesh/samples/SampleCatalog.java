package org.threatmesh.samples;

import java.util.List;
import java.util.Optional;

/** The built-in samples, in menu order. The first one is the app's default document. */
public final class SampleCatalog {

    private static final List<Sample> SAMPLES = List.of(
            new Sample("online-shop", "Online shop",
                    "Kubernetes + Istio shop with an edge gateway, seven services, three stores and a payment provider"));

    private SampleCatalog() {
    }

    public static List<Sample> all() {
        return SAMPLES;
    }

    /** The sample a first start opens. */
    public static Sample defaultSample() {
        return SAMPLES.get(0);
    }

    public static Optional<Sample> find(String id) {
        return SAMPLES.stream().filter(sample -> sample.id().equals(id)).findFirst();
    }
}
