package org.threatmesh.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.threatmesh.model.Edge;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.attr.MeshMode;
import org.threatmesh.model.attr.Sensitivity;
import org.threatmesh.model.attr.WorkloadAttributes;
import org.threatmesh.model.testing.ModelGenerator;
import org.threatmesh.rules.AnalysisContext;

/**
 * What the context answers about a call's ends from its per-node arrays equals what the end nodes themselves say:
 * for a fresh snapshot, for the call a thread says it evaluates (answered by number), for a wrong number, and for a
 * successor snapshot whose edited nodes changed mesh mode and sensitivity.
 */
class CallEndsTest {

    @Test
    void everyCallsEndsAnswerAsTheirNodesDo() {
        ThreatModel model = ModelGenerator.generate(150, 5, 0.5);
        AnalysisContext context = new AnalysisContext(model);
        List<Edge> calls = List.copyOf(model.edges().values());
        assertEndsMatchNodes(context, calls, false);
        for (int number = 0; number < calls.size(); number++) {
            context.evaluatingCall(calls.get(number), number);
            assertEndsMatchNodes(context, List.of(calls.get(number)), true);
        }
        // A number that is not the call's is ignored, never answered from another call's ends.
        context.evaluatingCall(calls.get(3), 4);
        assertEndsMatchNodes(context, List.of(calls.get(3)), false);
    }

    @Test
    void aSuccessorReadsItsEditedNodesAgain() {
        ThreatModel model = ModelGenerator.generate(150, 9, 0.5);
        AnalysisContext context = new AnalysisContext(model);
        context.prepareIndexes();
        ThreatModel edited = model;
        Set<NodeId> changed = new HashSet<>();
        int flipped = 0;
        for (Node node : model.nodes().values()) {
            if (!WorkloadAttributes.MESH_MODE.applies().toNode(node.kind())
                    || !WorkloadAttributes.DATA_SENSITIVITY.applies().toNode(node.kind()) || changed.size() == 20) {
                continue;
            }
            MeshMode mode = node.get(WorkloadAttributes.MESH_MODE).is(MeshMode.NONE) ? MeshMode.SIDECAR
                    : MeshMode.NONE;
            Sensitivity level = node.get(WorkloadAttributes.DATA_SENSITIVITY).is(Sensitivity.HIGHLY_SENSITIVE)
                    ? Sensitivity.PUBLIC : Sensitivity.HIGHLY_SENSITIVE;
            edited = edited.withNode(node.with(WorkloadAttributes.MESH_MODE, mode)
                    .with(WorkloadAttributes.DATA_SENSITIVITY, level));
            changed.add(node.id());
            flipped++;
        }
        assertThat(flipped).isEqualTo(20);
        AnalysisContext successor = context.successor(edited, changed, Set.of(),
                Set.of(WorkloadAttributes.MESH_MODE.name(), WorkloadAttributes.DATA_SENSITIVITY.name()));
        List<Edge> calls = List.copyOf(edited.edges().values());
        List<Edge> touchingEdited = new ArrayList<>();
        for (Edge call : calls) {
            if (changed.contains(call.from()) || changed.contains(call.to())) {
                touchingEdited.add(call);
            }
        }
        assertThat(touchingEdited).hasSizeGreaterThan(20);
        assertEndsMatchNodes(successor, calls, false);
        for (int number = 0; number < calls.size(); number++) {
            successor.evaluatingCall(calls.get(number), number);
            assertEndsMatchNodes(successor, List.of(calls.get(number)), true);
        }
    }

    private static void assertEndsMatchNodes(AnalysisContext context, List<Edge> calls, boolean byNumber) {
        for (Edge call : calls) {
            Node source = context.model().nodes().get(call.from());
            Node target = context.model().nodes().get(call.to());
            String what = call.id().value() + (byNumber ? " by number" : "");
            assertThat(context.source(call)).as(what).isSameAs(source);
            assertThat(context.target(call)).as(what).isSameAs(target);
            assertThat(context.sourceKind(call)).as(what).isEqualTo(source.kind());
            assertThat(context.targetKind(call)).as(what).isEqualTo(target.kind());
            assertThat((Object) context.sourceInMesh(call)).as(what).isEqualTo(NodeReadings.inMesh(source));
            assertThat((Object) context.targetInMesh(call)).as(what).isEqualTo(NodeReadings.inMesh(target));
            assertThat((Object) context.targetSensitivity(call)).as(what)
                    .isEqualTo(target.get(WorkloadAttributes.DATA_SENSITIVITY));
            for (Sensitivity level : Sensitivity.values()) {
                assertThat(context.targetIsAtLeast(call, level)).as(what + " " + level)
                        .isEqualTo(context.isAtLeast(target, level));
            }
            assertThat(context.sourceZoneChain(call)).as(what).isEqualTo(context.zoneChain(source));
            assertThat(context.targetZoneChain(call)).as(what).isEqualTo(context.zoneChain(target));
            assertThat(context.isNorthSouth(call)).as(what).isEqualTo(context.isInInternet(source));
            assertThat(context.isEastWest(call)).as(what).isEqualTo(!context.isInInternet(source)
                    && source.kind().isWorkload() && target.kind().isWorkload());
        }
    }
}
