package org.threatmesh.export;

/**
 * An export could not be completed. The message names the output and what went wrong in words a user can act on;
 * no partial output is left behind.
 */
public final class ExportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
