package org.threatmesh.export.pdf;

import java.util.List;
import java.util.Optional;

/**
 * Where node-kind icons come from: SVG path data on a 24×24 grid, by icon name (the node kind's wire name).
 * An empty answer makes the diagram draw the kind's short label instead.
 */
@FunctionalInterface
public interface NodeIcons {

    /** No icons: every node shows its kind's short label. */
    NodeIcons NONE = name -> Optional.empty();

    /** The path data of icon {@code name}, or empty when there is none. Must not throw. */
    Optional<List<String>> pathData(String name);
}
