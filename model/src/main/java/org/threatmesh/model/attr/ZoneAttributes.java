package org.threatmesh.model.attr;

import java.util.List;

/** Attributes of trust zones (catalog §4, "Zones"). */
public final class ZoneAttributes {

    private static final KeyList KEYS = new KeyList();
    private static final Applies ZONE = Applies.zones();

    public static final AttributeKey<Integer> TRUST = KEYS.add(AttributeKey.ofInteger(
            "trust", "", 0, 10, ZONE, "Zone", "Trust level, 0 for the internet up to 10 for the most trusted core"));
    public static final AttributeKey<L3Policy> L3_POLICY = KEYS.add(AttributeKey.ofEnum(
            "l3Policy", L3Policy.class, ZONE, "Zone", "Layer-3/4 network policy inside the zone (MS-SS-13#6)"));
    public static final AttributeKey<Sensitivity> SENSITIVITY = KEYS.add(AttributeKey.ofEnum(
            "sensitivity", Sensitivity.class, ZONE, "Zone", "Most sensitive data processed in the zone"));
    public static final AttributeKey<String> NAMESPACE = KEYS.add(AttributeKey.ofText(
            "namespace", ZONE, "Zone", "Kubernetes namespace name, when it differs from the zone name"));

    private ZoneAttributes() {
    }

    /** Every key declared here, in declaration order. */
    public static List<AttributeKey<?>> all() {
        return KEYS.view();
    }
}
