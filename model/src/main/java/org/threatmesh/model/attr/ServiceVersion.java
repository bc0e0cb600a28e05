package org.threatmesh.model.attr;

import java.util.Objects;

/**
 * One deployed version of a service, as modelled for canary and blue/green releases (MS-SS-9).
 *
 * @param id        the version label, for example {@code v2}
 * @param weight    the share of traffic in percent, 0 to 100
 * @param monitored whether security monitoring covers the hosts of this version
 */
public record ServiceVersion(String id, int weight, boolean monitored) {

    public ServiceVersion {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("version id must not be blank");
        }
        if (weight < 0 || weight > 100) {
            throw new IllegalArgumentException("version weight must be within 0..100, was " + weight);
        }
    }
}
