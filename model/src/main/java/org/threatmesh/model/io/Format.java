package org.threatmesh.model.io;

/** Names and limits of the {@code .threatmesh.json} format. */
public final class Format {

    /** The schema version this build writes and the newest it reads. */
    public static final int CURRENT_VERSION = 1;

    /** File name extension of model files. */
    public static final String EXTENSION = ".threatmesh.json";

    /** Files larger than this are refused before parsing, so a wrong file cannot exhaust memory. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    static final String SCHEMA_VERSION = "schemaVersion";
    static final String MODEL = "model";
    static final String ZONES = "zones";
    static final String NODES = "nodes";
    static final String EDGES = "edges";
    static final String TRIAGE = "triage";
    static final String LAYOUT = "layout";
    static final String ATTRIBUTES = "attributes";

    private Format() {
    }
}
