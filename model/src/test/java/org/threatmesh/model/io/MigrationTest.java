package org.threatmesh.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.threatmesh.model.Bounds;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.Point;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.ZoneId;
import org.threatmesh.model.ZoneKind;
import org.threatmesh.model.attr.EdgeAttributes;
import org.threatmesh.model.attr.Exposure;
import org.threatmesh.model.attr.TlsMode;
import org.threatmesh.model.attr.WorkloadAttributes;
import org.threatmesh.model.attr.ZoneAttributes;

class MigrationTest {

    @Test
    void aVersionZeroFileIsUpgradedToTheCurrentFormat() throws Exception {
        ThreatModel model = new ModelReader().read(fixture(), "v0-prototype.threatmesh.json");

        assertThat(model.info().name()).isEqualTo("Legacy shop");
        assertThat(model.info().description()).isEqualTo("Saved by the ThreatMesh prototype (schema version 0).");
        assertThat(model.zones().get(ZoneId.of("z-net")).kind()).isEqualTo(ZoneKind.INTERNET);
        assertThat(model.zones().get(ZoneId.of("z-net")).get(ZoneAttributes.TRUST).value()).isZero();
        assertThat(model.nodes().get(NodeId.of("c-api")).kind()).isEqualTo(NodeKind.SERVICE);
        assertThat(model.nodes().get(NodeId.of("c-api")).zone()).contains(ZoneId.of("z-app"));
        assertThat(model.nodes().get(NodeId.of("c-api")).get(WorkloadAttributes.EXPOSURE).value())
                .isEqualTo(Exposure.PUBLIC);
        assertThat(model.edges().get(EdgeId.of("f-1")).name()).isEqualTo("browse");
        assertThat(model.edges().get(EdgeId.of("f-1")).get(EdgeAttributes.TLS).value()).isEqualTo(TlsMode.MTLS);
        assertThat(model.layout().node(NodeId.of("c-user"))).contains(new Point(40, 60));
        assertThat(model.layout().zone(ZoneId.of("z-app")).map(z -> z.bounds()))
                .isEqualTo(Optional.of(new Bounds(250, 0, 400, 300)));
    }

    @Test
    void anUpgradedFileIsSavedInTheCurrentVersion() throws Exception {
        ThreatModel model = new ModelReader().read(fixture(), "v0-prototype.threatmesh.json");
        String saved = new String(new ModelWriter().write(model), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(saved).startsWith("{\n  \"schemaVersion\": 1,\n");
        assertThat(new ModelReader().read(saved.getBytes(java.nio.charset.StandardCharsets.UTF_8), "again"))
                .isEqualTo(model);
    }

    private static byte[] fixture() throws Exception {
        try (InputStream in = MigrationTest.class.getResourceAsStream("/io/v0-prototype.threatmesh.json")) {
            return in.readAllBytes();
        }
    }
}
