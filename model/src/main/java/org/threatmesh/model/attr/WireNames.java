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
                byWire.put(WireEnum.spell((WireEnum) constant), constant);
            }
            return Map.copyOf(byWire);
        }
    };

    /** Each wire enum's spellings, by ordinal: rule messages and evidence ask for them millions of times. */
    static final ClassValue<String[]> SPELLING = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            String[] spellings = new String[constants.length];
            for (int i = 0; i < constants.length; i++) {
                spellings[i] = WireEnum.spell((WireEnum) constants[i]);
            }
            return spellings;
        }
    };

    private WireNames() {
    }
}
