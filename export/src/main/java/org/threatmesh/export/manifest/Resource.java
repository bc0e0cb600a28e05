package org.threatmesh.export.manifest;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One generated resource of the document model (stage 1): a Kubernetes/Istio/Gateway API object, or one Kong
 * entity, as an insertion-ordered map ready to render, plus why it exists.
 *
 * @param kind         the file it belongs in, which fixes target, path and description
 * @param name         its name; with {@code namespace}, unique within its kind
 * @param namespace    its namespace, empty when cluster-scoped or not a Kubernetes object
 * @param body         the document, keys in output order; values are maps, lists, strings, numbers, booleans
 * @param purpose      one sentence saying what it does, for the README and the comment
 * @param coverage     what it mitigates
 * @param placeholders values in {@code body} the user must fill in
 * @param hardening    model attributes that hold once it is applied
 */
public record Resource(ResourceKind kind, String name, String namespace, Map<String, Object> body, String purpose,
        Coverage coverage, List<Placeholder> placeholders, List<Hardening> hardening) {

    public Resource {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(coverage, "coverage");
        placeholders = List.copyOf(placeholders);
        hardening = List.copyOf(hardening);
    }
}
