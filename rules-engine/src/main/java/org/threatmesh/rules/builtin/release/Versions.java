package org.threatmesh.rules.builtin.release;

import java.util.List;
import org.threatmesh.model.Node;
import org.threatmesh.model.attr.Fact;
import org.threatmesh.model.attr.ServiceVersion;
import org.threatmesh.model.attr.WorkloadAttributes;
import org.threatmesh.rules.builtin.support.Facts;

/** The release rules' shared question: does this service run more than one version? */
final class Versions {

    private Versions() {
    }

    /** The deployed versions when there are two or more; known-empty when fewer; unknown when not modelled. */
    static Fact<List<ServiceVersion>> multiple(Node node, Facts facts) {
        Fact<List<ServiceVersion>> versions = facts.of(node, WorkloadAttributes.VERSIONS);
        if (versions.isUnknown()) {
            return versions;
        }
        return Fact.known(versions.value().size() >= 2 ? versions.value() : List.of());
    }
}
