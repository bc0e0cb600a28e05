package org.threatmesh.export.manifest;

import java.util.Optional;
import org.threatmesh.model.Edge;
import org.threatmesh.model.Node;
import org.threatmesh.model.attr.EdgeAttributes;

/** Facts about a modelled call that several targets need, with placeholders where the model is silent. */
public final class Peers {

    /** Named-port placeholder: a valid IANA service name of 15 characters that matches no real port. */
    public static final String PORT_PLACEHOLDER = "replace-me-port";

    private Peers() {
    }

    /** The destination port, if modelled. */
    public static Optional<Integer> port(Edge edge) {
        return edge.get(EdgeAttributes.PORT).asOptional();
    }

    /** The port for a NetworkPolicy: the number, or the named-port placeholder. */
    public static Object portOrPlaceholder(Edge edge) {
        return port(edge).<Object>map(p -> p).orElse(PORT_PLACEHOLDER);
    }

    public static Placeholder portPlaceholder(Edge edge) {
        return new Placeholder(PORT_PLACEHOLDER, "the destination port of call " + edge.id().value()
                + " (the model has no port); NetworkPolicies name it as a port that matches nothing until fixed");
    }

    /** Placeholder CIDR for a node with no Kubernetes identity. */
    public static Placeholder cidrPlaceholder(Node node) {
        return new Placeholder("REPLACE-ME-cidr-of-" + KubernetesNames.sanitize(node.name(), 40) + "-"
                + KubernetesNames.hashSuffix(node.id().value()),
                "the address range of " + node.id().value() + ", which runs outside the modelled namespaces");
    }
}
