package org.threatmesh.export;

/**
 * Receives progress from a long export and can cancel it. Exporters call it from their own thread; an
 * implementation that updates a UI must hand over to the UI thread itself.
 */
public interface ExportProgress {

    /** Ignores progress and never cancels. */
    ExportProgress NONE = new ExportProgress() {
        @Override
        public void progress(String step, double fraction) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /**
     * @param step     what is being done, for example "Rendering findings"
     * @param fraction 0..1 of the whole export
     */
    void progress(String step, double fraction);

    /** Polled between steps; when true the exporter stops with {@link ExportCancelledException}. */
    boolean isCancelled();
}
