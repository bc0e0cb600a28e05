package org.threatmesh.app.findings;

import java.util.function.Consumer;
import java.util.function.Supplier;
import org.threatmesh.app.ui.UiExecutors;

/**
 * Derives view state in the background and applies it on the UI thread, newest request only: a derivation that
 * finishes after a newer one was requested is dropped, so a burst of results costs the UI thread one application.
 * Requests and applications happen on the UI thread. With {@link UiExecutors#direct()} everything completes inside
 * {@link #run}.
 */
final class LatestDerivation {

    private final UiExecutors executors;
    private long requested;

    LatestDerivation(UiExecutors executors) {
        this.executors = executors;
    }

    /** Runs {@code work} in the background, then {@code apply} with its value on the UI thread unless superseded. */
    <T> void run(Supplier<T> work, Consumer<T> apply) {
        long ticket = ++requested;
        executors.background().execute(() -> {
            T value;
            try {
                value = work.get();
            } catch (RuntimeException e) {
                // Surface it on the UI thread, where the application's handler reports it.
                executors.ui().execute(() -> {
                    throw e;
                });
                return;
            }
            executors.ui().execute(() -> {
                if (ticket == requested) {
                    apply.accept(value);
                }
            });
        });
    }

    /** Drops every derivation still running: the view set its state directly. */
    void cancel() {
        requested++;
    }
}
