package org.threatmesh.rules.internal;

import java.util.Map;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.Fact;
import org.threatmesh.model.attr.MeshMode;
import org.threatmesh.model.attr.Sensitivity;
import org.threatmesh.model.attr.WorkloadAttributes;

/**
 * The node attributes that call rules read at both ends of nearly every call (whether the end is in the mesh, how
 * sensitive its data is), one byte per node position, read once when a snapshot is indexed.
 *
 * <p>Why copies of attributes: on a 5,000-service model a call's two end nodes are rarely still cached when the call
 * is evaluated, and fetching a node, its attribute set and its values took three memory reads per end, about a
 * tenth of the analysis. These arrays hold 6,000 nodes in 12 KB, which stays cached. Immutable; an edit's successor
 * snapshot gets a copy with the edited nodes read again ({@link #with}).
 */
public final class NodeReadings {

    private static final byte UNKNOWN = 0;
    private static final byte YES = 1;
    private static final byte NO = 2;
    private static final Fact<Boolean> IN = Fact.known(true);
    private static final Fact<Boolean> OUT = Fact.known(false);
    /** The shared fact of each sensitivity, by ordinal. */
    @SuppressWarnings("unchecked")
    private static final Fact<Sensitivity>[] LEVELS = java.util.Arrays.stream(Sensitivity.values())
            .map(Fact::shared).toArray(Fact[]::new);

    private final byte[] mesh;
    /** The data sensitivity's ordinal + 1; 0 when unknown. */
    private final byte[] sensitivity;

    private NodeReadings(byte[] mesh, byte[] sensitivity) {
        this.mesh = mesh;
        this.sensitivity = sensitivity;
    }

    /** The readings of {@code nodes}, by their index in the array. */
    static NodeReadings of(Node[] nodes) {
        NodeReadings readings = new NodeReadings(new byte[nodes.length], new byte[nodes.length]);
        for (int i = 0; i < nodes.length; i++) {
            readings.read(i, nodes[i]);
        }
        return readings;
    }

    /** A copy in which the node at each position of {@code changed} is read again. */
    NodeReadings with(Map<Integer, Node> changed) {
        if (changed.isEmpty()) {
            return this;
        }
        NodeReadings copy = new NodeReadings(mesh.clone(), sensitivity.clone());
        changed.forEach(copy::read);
        return copy;
    }

    private void read(int position, Node node) {
        Fact<Boolean> inMesh = inMesh(node);
        mesh[position] = inMesh.isUnknown() ? UNKNOWN : inMesh.value() ? YES : NO;
        Fact<Sensitivity> level = node.get(WorkloadAttributes.DATA_SENSITIVITY);
        sensitivity[position] = level.isUnknown() ? 0 : (byte) (level.value().ordinal() + 1);
    }

    /**
     * Whether the node's traffic passes through a mesh proxy. Ingress and egress gateways are mesh proxies
     * themselves. Kinds that cannot carry a mesh mode (datastores, brokers, external nodes and so on) are known to
     * be outside the mesh; for the rest the answer is the node's mesh mode, unknown when that is unknown.
     */
    public static Fact<Boolean> inMesh(Node node) {
        if (node.kind() == NodeKind.INGRESS_GATEWAY || node.kind() == NodeKind.EGRESS_GATEWAY) {
            return IN;
        }
        if (!WorkloadAttributes.MESH_MODE.applies().toNode(node.kind())) {
            return OUT;
        }
        Fact<MeshMode> mode = node.get(WorkloadAttributes.MESH_MODE);
        return mode.isUnknown() ? Fact.unknown() : mode.value() != MeshMode.NONE ? IN : OUT;
    }

    /** {@link #inMesh(Node)} of the node at {@code position}. */
    public Fact<Boolean> inMesh(int position) {
        byte state = mesh[position];
        return state == YES ? IN : state == NO ? OUT : Fact.unknown();
    }

    /** The data sensitivity of the node at {@code position}, as {@code node.get(DATA_SENSITIVITY)} answers it. */
    public Fact<Sensitivity> sensitivity(int position) {
        int level = sensitivity[position];
        return level == 0 ? Fact.unknown() : LEVELS[level - 1];
    }

    /** Whether the data sensitivity of the node at {@code position} is known to be at least {@code level}. */
    public boolean isAtLeast(int position, Sensitivity level) {
        return sensitivity[position] > level.ordinal();
    }
}
