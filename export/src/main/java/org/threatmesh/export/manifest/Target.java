package org.threatmesh.export.manifest;

import java.util.Locale;
import java.util.Optional;

/** A configuration system the exporter writes for; each target has its own folder in the output. */
public enum Target {
    K8S("k8s", "Kubernetes"),
    ISTIO("istio", "Istio"),
    GATEWAY_API("gateway-api", "Kubernetes Gateway API"),
    KONG("kong", "Kong (decK)");

    private final String cliName;
    private final String displayName;

    Target(String cliName, String displayName) {
        this.cliName = cliName;
        this.displayName = displayName;
    }

    /** The spelling on the command line, also the output folder name. */
    public String cliName() {
        return cliName;
    }

    public String displayName() {
        return displayName;
    }

    /** The target spelled {@code name} on the command line, ignoring case. */
    public static Optional<Target> fromCliName(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        for (Target target : values()) {
            if (target.cliName.equals(wanted)) {
                return Optional.of(target);
            }
        }
        return Optional.empty();
    }
}
