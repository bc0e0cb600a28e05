package org.threatmesh.model;

/** The four kinds of thing a model holds, which attributes, rules and commands target. */
public enum ElementType {
    NODE,
    EDGE,
    ZONE,
    MODEL
}
