package org.threatmesh.rules;

/** How far from its target a rule reads the model (see {@link Rule#reach()}). */
public enum Reach {
    /** Only the target's own attributes, its kind and its zone chain. */
    ELEMENT,
    /** The target, its incident edges, adjacent nodes, and their zone chains. */
    NEIGHBOURS,
    /** Anything: paths, reachability, counts over the whole model. */
    GRAPH
}
