package org.threatmesh.export.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one diagram page shows, in diagram units (the editor's layout coordinates, y growing downwards). The
 * renderer scales the whole view to its page; it never splits or crops it.
 *
 * @param title   caption above the diagram
 * @param anchor  bookmark target of the page
 * @param width   extent of the content, from 0
 * @param height  extent of the content, from 0
 * @param zones   outermost first, so inner zones are drawn on top
 * @param nodes   the boxes
 * @param edges   the calls between shown nodes
 * @param note    a line under the diagram, for example calls leaving a zone page; may be empty
 */
public record DiagramView(String title, String anchor, double width, double height, List<Zone> zones,
        List<Node> nodes, List<Edge> edges, String note) {

    public DiagramView {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(anchor, "anchor");
        zones = List.copyOf(zones);
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        Objects.requireNonNull(note, "note");
    }

    /** Whether the view is wider than tall, so a landscape page fits it better. */
    public boolean isLandscape() {
        return width > height;
    }

    /** A zone rectangle; {@code color} is the user's {@code #rrggbb} choice, if any. */
    public record Zone(String id, String name, String kind, double x, double y, double width, double height,
            int depth, Optional<String> color) {
    }

    /**
     * A node box.
     *
     * @param icon      icon name (the node kind's wire name)
     * @param kindLabel short label drawn when there is no icon
     * @param worst     the worst open violation's severity tone on this node, or {@link Tone#NEUTRAL}
     * @param openCount open findings on this node
     */
    public record Node(String id, String name, String icon, String kindLabel, double x, double y, double width,
            double height, Tone worst, int openCount) {
    }

    /**
     * A call arrow between two shown nodes.
     *
     * @param worst     worst open violation tone on the call, or {@link Tone#NEUTRAL}
     * @param openCount open findings on the call, shown as a badge when positive
     */
    public record Edge(String id, String from, String to, String label, Tone worst, int openCount) {
    }
}
