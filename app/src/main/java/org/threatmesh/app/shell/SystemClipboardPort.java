package org.threatmesh.app.shell;

import java.util.Optional;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import org.threatmesh.app.canvas.ClipboardPort;

/**
 * The desktop's clipboard. Copied elements go on it under ThreatMesh's own data format and as plain text (the
 * fragment is readable JSON), so they paste into another ThreatMesh window, or into a text editor for a look.
 */
final class SystemClipboardPort implements ClipboardPort {

    // A data format may be registered once per process.
    private static final DataFormat FRAGMENT = Optional
            .ofNullable(DataFormat.lookupMimeType("application/x-threatmesh-fragment"))
            .orElseGet(() -> new DataFormat("application/x-threatmesh-fragment"));

    @Override
    public void put(String fragment) {
        ClipboardContent content = new ClipboardContent();
        content.put(FRAGMENT, fragment);
        content.putString(fragment);
        Clipboard.getSystemClipboard().setContent(content);
    }

    @Override
    public Optional<String> get() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        if (clipboard.hasContent(FRAGMENT) && clipboard.getContent(FRAGMENT) instanceof String text) {
            return Optional.of(text);
        }
        return clipboard.hasString() ? Optional.ofNullable(clipboard.getString()) : Optional.empty();
    }
}
