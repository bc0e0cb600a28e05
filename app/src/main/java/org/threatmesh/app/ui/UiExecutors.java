package org.threatmesh.app.ui;

import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * Where background work runs and where its results come back. The app passes a worker pool and
 * {@code Platform::runLater}; tests pass direct executors so view-models finish synchronously.
 *
 * @param background runs slow work off the UI thread
 * @param ui         runs results on the UI thread
 */
public record UiExecutors(Executor background, Executor ui) {

    public UiExecutors {
        Objects.requireNonNull(background, "background");
        Objects.requireNonNull(ui, "ui");
    }

    /** Both on the calling thread: for tests. */
    public static UiExecutors direct() {
        return new UiExecutors(Runnable::run, Runnable::run);
    }
}
