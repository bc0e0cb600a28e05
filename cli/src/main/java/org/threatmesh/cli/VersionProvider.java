package org.threatmesh.cli;

import org.threatmesh.model.io.Format;
import picocli.CommandLine.IVersionProvider;

/** Reports the build's version from the jar manifest, and the model schema version it reads. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = ThreatMeshCli.class.getPackage().getImplementationVersion();
        return new String[] {
            "threatmesh " + (version == null ? "development build" : version),
            "model schema version " + Format.CURRENT_VERSION,
            "Java " + System.getProperty("java.version")
        };
    }
}
