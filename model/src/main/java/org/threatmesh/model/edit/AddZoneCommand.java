package org.threatmesh.model.edit;

import java.util.Objects;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.TrustZone;
import org.threatmesh.model.ZoneLayout;

/** Adds a trust zone with its rectangle. Fails when the id is taken. */
public record AddZoneCommand(TrustZone zone, ZoneLayout layout) implements Command {

    public AddZoneCommand {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(layout, "layout");
    }

    @Override
    public String description() {
        return "Add zone \"" + zone.name() + "\"";
    }

    @Override
    public ThreatModel apply(ThreatModel model) {
        if (model.zones().containsKey(zone.id())) {
            throw new IllegalArgumentException("zone id '" + zone.id() + "' is already taken");
        }
        ThreatModel added = model.withZone(zone);
        return added.withLayout(added.layout().withZone(zone.id(), layout));
    }
}
