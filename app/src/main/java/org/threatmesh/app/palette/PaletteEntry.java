package org.threatmesh.app.palette;

import java.util.Optional;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.ZoneKind;

/**
 * One thing the palette offers: a node kind or a zone kind, with what the palette shows for it.
 *
 * @param nodeKind    the node kind, when the entry creates a node
 * @param zoneKind    the zone kind, when the entry creates a zone
 * @param label       the name shown
 * @param description the tooltip
 * @param icon        the icon's name in the icon set
 */
public record PaletteEntry(Optional<NodeKind> nodeKind, Optional<ZoneKind> zoneKind, String label,
        String description, String icon) {

    static PaletteEntry of(NodeKind kind) {
        return new PaletteEntry(Optional.of(kind), Optional.empty(), kind.displayName(), kind.description(),
                kind.wireName());
    }

    static PaletteEntry of(ZoneKind kind) {
        return new PaletteEntry(Optional.empty(), Optional.of(kind), kind.displayName() + " zone",
                "A trust zone: drag onto the canvas, or click and then draw it", "trust_zone");
    }

    /** A JavaFX id for the entry, for example {@code palette-service} or {@code palette-zone-dmz}. */
    public String fxId() {
        return nodeKind.map(k -> "palette-" + k.wireName()).orElseGet(() -> "palette-zone-" + zoneKind.orElseThrow()
                .wireName());
    }
}
