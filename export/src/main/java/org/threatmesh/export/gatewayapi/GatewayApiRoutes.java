package org.threatmesh.export.gatewayapi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.threatmesh.export.manifest.Coverage;
import org.threatmesh.export.manifest.Deployment;
import org.threatmesh.export.manifest.Deployment.Workload;
import org.threatmesh.export.manifest.Docs;
import org.threatmesh.export.manifest.EdgeGateways;
import org.threatmesh.export.manifest.Hardening;
import org.threatmesh.export.manifest.Peers;
import org.threatmesh.export.manifest.Placeholder;
import org.threatmesh.export.manifest.Resource;
import org.threatmesh.export.manifest.ResourceKind;
import org.threatmesh.model.Edge;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.attr.EdgeAttributes;
import org.threatmesh.model.attr.GatewayAttributes;
import org.threatmesh.model.attr.GatewayProduct;
import org.threatmesh.model.attr.Protocol;
import org.threatmesh.model.attr.ServiceVersion;
import org.threatmesh.model.attr.TlsMode;
import org.threatmesh.model.attr.WorkloadAttributes;

/**
 * Gateway API resources for each edge gateway: a Gateway with a listener per modelled entry port and host, one
 * HTTPRoute per modelled call from the gateway (weighted across canary versions), and ReferenceGrants for backends
 * in other namespaces.
 */
public final class GatewayApiRoutes {

    private static final String CLASS_PLACEHOLDER = "replace-me-gateway-class";
    private static final String TLS_PLACEHOLDER = "replace-me-tls-secret";
    private static final int MAX_MATCHES = 64;

    private GatewayApiRoutes() {
    }

    /** Resources plus notes on what could not be generated. */
    public record Result(List<Resource> resources, List<String> notes) {
    }

    public static Result build(Deployment deployment) {
        List<Resource> resources = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Map<String, Set<String>> grants = new TreeMap<>();
        for (Workload gateway : EdgeGateways.of(deployment)) {
            List<Edge> entries = EdgeGateways.entryCalls(deployment, gateway).stream()
                    .filter(e -> Peers.port(e).isPresent()).toList();
            if (entries.isEmpty()) {
                notes.add("No Gateway for " + gateway.node().id().value()
                        + ": no call from outside the cluster with a modelled port reaches it.");
                continue;
            }
            resources.add(gateway(gateway, entries));
            for (Edge route : EdgeGateways.routedCalls(deployment, gateway)) {
                var backend = deployment.workload(route.to());
                if (backend.isEmpty() || route.get(EdgeAttributes.PROTOCOL).isAnyOf(Protocol.TCP, Protocol.AMQP,
                        Protocol.KAFKA, Protocol.MQTT, Protocol.STOMP, Protocol.REDIS, Protocol.SQL,
                        Protocol.MONGODB, Protocol.DNS)) {
                    continue;
                }
                if (Peers.port(route).isEmpty()) {
                    notes.add("No HTTPRoute for call " + route.id().value() + ": the model has no port for it.");
                    continue;
                }
                resources.add(httpRoute(gateway, backend.get(), route));
                if (!backend.get().namespace().equals(gateway.namespace())) {
                    grants.computeIfAbsent(backend.get().namespace(), k -> new TreeSet<>()).add(gateway.namespace());
                }
            }
        }
        grants.forEach((namespace, from) -> resources.add(referenceGrant(namespace, from)));
        return new Result(resources, notes);
    }

    private static Resource gateway(Workload gateway, List<Edge> entries) {
        List<String> hosts = EdgeGateways.hosts(gateway);
        Map<Integer, Boolean> ports = new TreeMap<>();
        Set<ElementId> covered = new HashSet<>();
        covered.add(gateway.node().id());
        for (Edge edge : entries) {
            covered.add(edge.id());
            ports.merge(Peers.port(edge).get(), edge.get(EdgeAttributes.TLS).isAnyOf(TlsMode.TLS, TlsMode.MTLS),
                    Boolean::logicalOr);
        }
        Set<Placeholder> placeholders = new LinkedHashSet<>();
        List<Object> listeners = new ArrayList<>();
        for (Map.Entry<Integer, Boolean> port : ports.entrySet()) {
            String protocol = port.getValue() ? "HTTPS" : "HTTP";
            List<String> listenerHosts = hosts.isEmpty() ? java.util.Collections.singletonList(null) : hosts;
            int index = 0;
            for (String host : listenerHosts) {
                String name = protocol.toLowerCase(java.util.Locale.ROOT) + "-" + port.getKey()
                        + (listenerHosts.size() > 1 ? "-" + index++ : "");
                Map<String, Object> listener = Docs.map("name", name, "hostname", host, "port", port.getKey(),
                        "protocol", protocol);
                if (port.getValue()) {
                    placeholders.add(new Placeholder(TLS_PLACEHOLDER, "the Secret holding the TLS certificate of "
                            + gateway.name() + " in namespace " + gateway.namespace()));
                    listener.put("tls", Docs.map("mode", "Terminate", "certificateRefs",
                            List.of(Docs.map("kind", "Secret", "name", TLS_PLACEHOLDER))));
                }
                listener.put("allowedRoutes", Docs.map("namespaces", Docs.map("from", "Same")));
                listeners.add(listener);
            }
        }
        String className;
        if (gateway.node().get(GatewayAttributes.PRODUCT).is(GatewayProduct.ISTIO)) {
            className = "istio";
        } else {
            className = CLASS_PLACEHOLDER;
            placeholders.add(new Placeholder(CLASS_PLACEHOLDER, "the GatewayClass of your Gateway API "
                    + "implementation for " + gateway.name() + " (the model names no Istio gateway product)"));
        }
        Map<String, Object> spec = Docs.map("gatewayClassName", className, "listeners", listeners);
        List<Hardening> hardening = gateway.node().get(GatewayAttributes.DECLARATIVE_ROUTES).is(true) ? List.of()
                : List.of(new Hardening(gateway.node().id(), GatewayAttributes.DECLARATIVE_ROUTES, true));
        return new Resource(ResourceKind.GATEWAY, gateway.name(), gateway.namespace(),
                Docs.object(ResourceKind.GATEWAY, gateway.name(), gateway.namespace(), spec),
                "Entry point " + gateway.name() + ": listeners for the modelled entry ports"
                        + (hosts.isEmpty() ? " (the model names no valid host, so any host matches)" : " and hosts")
                        + "; only routes in its own namespace attach.",
                new Coverage(List.of("MS-SS-4#1", "MS-SS-4#2", "SM-DR7"), Set.of("Gateway"), covered),
                List.copyOf(placeholders), hardening);
    }

    private static Resource httpRoute(Workload gateway, Workload backend, Edge route) {
        List<Object> matches = new ArrayList<>();
        List<EdgeGateways.RoutePath> paths = EdgeGateways.paths(route);
        List<String> methods = EdgeGateways.httpMethods(route);
        for (EdgeGateways.RoutePath path : paths.isEmpty() ? List.of(new EdgeGateways.RoutePath(true, "/")) : paths) {
            for (String method : methods.isEmpty() ? java.util.Collections.<String>singletonList(null) : methods) {
                if (matches.size() < MAX_MATCHES) {
                    matches.add(Docs.map("path", Docs.map("type", path.prefix() ? "PathPrefix" : "Exact",
                            "value", path.path()), "method", method));
                }
            }
        }
        int port = Peers.port(route).get();
        List<Object> backends = new ArrayList<>();
        Map<String, String> versions = Deployment.versionLabels(backend);
        String namespace = backend.namespace().equals(gateway.namespace()) ? null : backend.namespace();
        if (versions.isEmpty()) {
            backends.add(Docs.map("name", backend.name(), "namespace", namespace, "port", port));
        } else {
            for (ServiceVersion version : backend.node().get(WorkloadAttributes.VERSIONS).value()) {
                backends.add(Docs.map("name", org.threatmesh.export.manifest.KubernetesNames.withSuffix(backend.name(),
                                versions.get(version.id()), org.threatmesh.export.manifest.KubernetesNames.MAX_LABEL),
                        "namespace", namespace, "port", port, "weight", version.weight()));
            }
        }
        Map<String, Object> rule = Docs.map("matches", matches, "backendRefs", backends);
        route.get(EdgeAttributes.TIMEOUT).asOptional()
                .ifPresent(t -> rule.put("timeouts", Docs.map("request", Docs.duration(t))));
        String name = org.threatmesh.export.manifest.KubernetesNames.withSuffix(gateway.name() + "-to-" + backend.name(),
                org.threatmesh.export.manifest.KubernetesNames.hashSuffix(route.id().value()), 253);
        List<String> hosts = EdgeGateways.hosts(gateway);
        Map<String, Object> spec = Docs.map("parentRefs", List.of(Docs.map("name", gateway.name())),
                "hostnames", hosts.isEmpty() ? null : hosts, "rules", List.of(rule));
        List<String> references = new ArrayList<>(List.of("SM-DR7", "MS-SS-4#1"));
        if (!versions.isEmpty()) {
            references.add("MS-SS-9#1");
        }
        return new Resource(ResourceKind.HTTP_ROUTE, name, gateway.namespace(),
                Docs.object(ResourceKind.HTTP_ROUTE, name, gateway.namespace(), spec),
                "Routes call " + route.id().value() + " from " + gateway.name() + " to " + backend.name()
                        + (versions.isEmpty() ? "" : ", split by weight across Services "
                                + String.join(", ", backends.stream().map(b -> (String) ((Map<?, ?>) b).get("name"))
                                        .toList()) + " (create one Service per version, selecting its version label)")
                        + ".",
                new Coverage(references, Set.of("HTTPRoute"), Set.of(route.id(), backend.node().id())),
                List.of(), List.of());
    }

    private static Resource referenceGrant(String namespace, Set<String> fromNamespaces) {
        List<Object> from = new ArrayList<>();
        fromNamespaces.forEach(ns -> from.add(Docs.map("group", "gateway.networking.k8s.io", "kind", "HTTPRoute",
                "namespace", ns)));
        String name = "allow-gateway-routes";
        Map<String, Object> spec = Docs.map("from", from, "to", List.of(Docs.map("group", "", "kind", "Service")));
        return new Resource(ResourceKind.REFERENCE_GRANT, name, namespace,
                Docs.object(ResourceKind.REFERENCE_GRANT, name, namespace, spec),
                "Lets HTTPRoutes in " + String.join(", ", fromNamespaces) + " send traffic to Services in "
                        + namespace + ", and nothing else.",
                new Coverage(List.of("SM-DR7"), Set.of("ReferenceGrant"), Set.of()), List.of(), List.of());
    }
}
