package org.threatmesh.export;

/** The user cancelled an export; nothing was written. */
public final class ExportCancelledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ExportCancelledException() {
        super("export cancelled");
    }
}
