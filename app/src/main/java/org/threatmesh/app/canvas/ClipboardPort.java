package org.threatmesh.app.canvas;

import java.util.Optional;

/**
 * Where copied elements go: the desktop's clipboard in the app, so elements copied in one window paste into
 * another; a plain field in tests. Implementations are called on the UI thread.
 */
public interface ClipboardPort {

    /** Replaces the clipboard's content with {@code fragment} (see {@link ClipboardFragment}). */
    void put(String fragment);

    /** The clipboard's text if it may be a fragment, else empty. */
    Optional<String> get();

    /** A clipboard private to this process, for tests and for a toolkit without a system clipboard. */
    static ClipboardPort inMemory() {
        return new ClipboardPort() {
            private String content;

            @Override
            public void put(String fragment) {
                content = fragment;
            }

            @Override
            public Optional<String> get() {
                return Optional.ofNullable(content);
            }
        };
    }
}
