package org.threatmesh.model.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.threatmesh.model.Edge;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.ModelId;
import org.threatmesh.model.ModelInfo;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.attr.Attributes;
import org.threatmesh.model.attr.EdgeAttributes;
import org.threatmesh.model.attr.TlsMode;
import org.threatmesh.model.attr.WorkloadAttributes;

/** What incremental analysis relies on to compare snapshots without walking whole maps. */
class SnapshotDifferenceTest {

    private static final NodeId A = new NodeId("a");
    private static final NodeId B = new NodeId("b");
    private static final EdgeId CALL = new EdgeId("a-b");

    private static ThreatModel base() {
        return ThreatModel.empty("shop").withNode(Node.of(A, NodeKind.SERVICE, "A"))
                .withNode(Node.of(B, NodeKind.SERVICE, "B"))
                .withEdge(new Edge(CALL, A, B, "", Attributes.empty()));
    }

    @Test
    void snapshotsOfOneLineMayDifferOnlyInTheElementsEditedSinceTheLineBegan() {
        ThreatModel start = base();
        ThreatModel edgeEdited = start.withEdge(start.edges().get(CALL)
                .withAttributes(Attributes.empty().with(EdgeAttributes.TLS, TlsMode.MTLS)));
        ThreatModel renamed = edgeEdited.withInfo(new ModelInfo("shop 2", "", "", ""));

        assertThat(edgeEdited.mayDifferFrom(start)).hasValueSatisfying(ids -> assertThat(ids).contains(CALL));
        assertThat(renamed.mayDifferFrom(edgeEdited))
                .hasValueSatisfying(ids -> assertThat(ids).contains(CALL, ModelId.MODEL));
        assertThat(renamed.mayDifferFrom(renamed)).hasValueSatisfying(ids -> assertThat(ids).contains(CALL));
    }

    @Test
    void snapshotsBuiltWholeShareNoLine() {
        ThreatModel first = base();
        ThreatModel second = ThreatModel.of(first.info(), first.attributes(), java.util.List.of(),
                java.util.List.copyOf(first.nodes().values()), java.util.List.copyOf(first.edges().values()),
                java.util.List.of(), first.layout());

        assertThat(second.mayDifferFrom(first)).isEqualTo(Optional.empty());
        assertThat(first.mayDifferFrom(second)).isEqualTo(Optional.empty());
    }

    @Test
    void differingNamesListsChangedAddedAndRemovedValues() {
        Attributes before = Attributes.empty().with(WorkloadAttributes.SERVICE_ACCOUNT, "cart")
                .with(WorkloadAttributes.LOGIN_ENDPOINT, true);
        Attributes after = Attributes.empty().with(WorkloadAttributes.SERVICE_ACCOUNT, "orders")
                .with(WorkloadAttributes.TOKEN_REUSE_DETECTION, false);

        assertThat(before.differingNames(after)).containsExactlyInAnyOrder("serviceAccount", "loginEndpoint",
                "tokenReuseDetection");
        assertThat(before.differingNames(before)).isEmpty();
    }
}
