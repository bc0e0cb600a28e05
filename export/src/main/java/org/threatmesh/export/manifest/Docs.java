package org.threatmesh.export.manifest;

import java.util.LinkedHashMap;
import java.util.Map;

/** Small helpers that build the insertion-ordered maps of the document model. */
public final class Docs {

    /** Label on every generated Kubernetes object, so users can find and prune them. */
    public static final String MANAGED_BY = "app.kubernetes.io/managed-by";

    private Docs() {
    }

    /** An ordered map from alternating keys and values; null values are left out (schemas reject nulls). */
    public static Map<String, Object> map(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values must pair up");
        }
        Map<String, Object> map = new LinkedHashMap<>(keysAndValues.length, 1f);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                map.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return map;
    }

    /** A Kubernetes object: apiVersion, kind, metadata (name, namespace when not empty, managed-by label), spec. */
    public static Map<String, Object> object(ResourceKind kind, String name, String namespace, Object spec) {
        return object(kind, name, namespace, Map.of(), spec);
    }

    /** As {@link #object(ResourceKind, String, String, Object)} with annotations (sorted by key). */
    public static Map<String, Object> object(ResourceKind kind, String name, String namespace,
            Map<String, String> annotations, Object spec) {
        Map<String, Object> metadata = map("name", name, "namespace", namespace.isEmpty() ? null : namespace,
                "labels", map(MANAGED_BY, "threatmesh"),
                "annotations", annotations.isEmpty() ? null : new java.util.TreeMap<>(annotations));
        return map("apiVersion", kind.apiVersion(), "kind", kind.kind(), "metadata", metadata, "spec", spec);
    }

    /** A selector on the app label. */
    public static Map<String, Object> appLabels(String app) {
        return map(Deployment.APP_LABEL, app);
    }

    /** Milliseconds as an Istio and Gateway API duration: whole seconds as "Ns", otherwise "Nms". */
    public static String duration(int millis) {
        return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
    }
}
