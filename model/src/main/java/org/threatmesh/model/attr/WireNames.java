package org.threatmesh.model.attr;

import java.util.HashMap;
import java.util.Map;

/** Caches each wire enum's spelling-to-constant map; loading a model looks up hundreds of thousands of them. */
final class WireNames {

    static final ClassValue<Map<String, Object>> BY_TYPE = new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
            Map<String, Object> byWire = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                byWire.put(((WireEnum) constant).wireName(), constant);
            }
            return Map.copyOf(byWire);
        }
    };

    private WireNames() {
    }
}
