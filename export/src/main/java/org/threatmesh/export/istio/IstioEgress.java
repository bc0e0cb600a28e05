package org.threatmesh.export.istio;

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
import org.threatmesh.export.manifest.Hardening;
import org.threatmesh.export.manifest.KubernetesNames;
import org.threatmesh.export.manifest.Placeholder;
import org.threatmesh.export.manifest.Resource;
import org.threatmesh.export.manifest.ResourceKind;
import org.threatmesh.model.Edge;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.EdgeAttributes;
import org.threatmesh.model.attr.EgressDefault;
import org.threatmesh.model.attr.InfrastructureAttributes;
import org.threatmesh.model.attr.MeshAttributes;
import org.threatmesh.model.attr.Protocol;
import org.threatmesh.model.attr.TlsMode;

/** Egress control: REGISTRY_ONLY outbound policy, per-workload Sidecar egress lists, one ServiceEntry per external. */
public final class IstioEgress {

    private IstioEgress() {
    }

    /** The mesh default Sidecar in the root namespace plus one per meshed workload that makes calls. */
    public static List<Resource> sidecars(Deployment deployment, Node mesh) {
        List<Resource> resources = new ArrayList<>();
        String root = deployment.rootNamespace();
        List<Hardening> meshHardening = new ArrayList<>();
        if (!mesh.get(MeshAttributes.EGRESS_DEFAULT).is(EgressDefault.REGISTRY_ONLY)) {
            meshHardening.add(new Hardening(mesh.id(), MeshAttributes.EGRESS_DEFAULT, EgressDefault.REGISTRY_ONLY));
        }
        if (!mesh.get(MeshAttributes.SIDECAR_EGRESS_SCOPED).is(true)) {
            meshHardening.add(new Hardening(mesh.id(), MeshAttributes.SIDECAR_EGRESS_SCOPED, true));
        }
        resources.add(new Resource(ResourceKind.SIDECAR, "default", root,
                Docs.object(ResourceKind.SIDECAR, "default", root, Docs.map(
                        "egress", List.of(Docs.map("hosts", List.of("./*", root + "/*"))),
                        "outboundTrafficPolicy", Docs.map("mode", "REGISTRY_ONLY"))),
                "Mesh default: proxies reach only their own namespace and the control plane, and only registered "
                        + "destinations (REGISTRY_ONLY).",
                new Coverage(List.of("SM-DR2", "SM-DR8", "SM-DR10"), Set.of("Sidecar", "REGISTRY_ONLY"),
                        Set.of(mesh.id())),
                IstioSecurity.rootPlaceholders(deployment), meshHardening));
        for (Workload workload : deployment.workloads()) {
            List<Edge> outbound = deployment.outbound(workload.node().id());
            if (workload.meshed() && !outbound.isEmpty()) {
                resources.add(workloadSidecar(deployment, workload, outbound, root));
            }
        }
        return resources;
    }

    private static Resource workloadSidecar(Deployment deployment, Workload workload, List<Edge> outbound,
            String root) {
        Set<String> hosts = new TreeSet<>();
        hosts.add(root + "/*");
        Set<Placeholder> placeholders = new LinkedHashSet<>(IstioSecurity.rootPlaceholders(deployment));
        Set<ElementId> covered = new HashSet<>();
        covered.add(workload.node().id());
        for (Edge edge : outbound) {
            covered.add(edge.id());
            Node callee = deployment.node(edge.to());
            var calleeWorkload = deployment.workload(callee.id());
            if (calleeWorkload.isPresent()) {
                hosts.add(calleeWorkload.get().namespace() + "/*");
            } else if (callee.kind() == NodeKind.EXTERNAL_SERVICE) {
                ExternalHost host = ExternalHost.of(callee);
                host.placeholder().ifPresent(placeholders::add);
                hosts.add("./" + host.name());
            } else {
                Placeholder namespace = new Placeholder("replace-me-namespace-of-"
                        + KubernetesNames.sanitize(callee.name(), 30) + "-" + KubernetesNames.hashSuffix(
                                callee.id().value()),
                        "the namespace of " + callee.id().value() + ", which is in no namespace zone of the model");
                placeholders.add(namespace);
                hosts.add(namespace.token() + "/*");
            }
        }
        String name = workload.name();
        Map<String, Object> spec = Docs.map(
                "workloadSelector", Docs.map("labels", Docs.appLabels(name)),
                "egress", List.of(Docs.map("hosts", List.copyOf(hosts))),
                "outboundTrafficPolicy", Docs.map("mode", "REGISTRY_ONLY"));
        return new Resource(ResourceKind.SIDECAR, name, workload.namespace(),
                Docs.object(ResourceKind.SIDECAR, name, workload.namespace(), spec),
                "The proxy of " + name + " can reach only the namespaces and external hosts it is modelled to call.",
                new Coverage(List.of("SM-DR2", "SM-DR8"), Set.of("Sidecar"), covered), List.copyOf(placeholders),
                List.of());
    }

    /** One ServiceEntry per external service and calling namespace, visible only in that namespace. */
    public static List<Resource> serviceEntries(Deployment deployment) {
        Map<String, Map<String, List<Edge>>> callsByExternalAndNamespace = new TreeMap<>();
        for (Edge edge : deployment.model().edges().values()) {
            Node callee = deployment.node(edge.to());
            var caller = deployment.workload(edge.from());
            if (callee.kind() == NodeKind.EXTERNAL_SERVICE && caller.isPresent() && caller.get().meshed()) {
                callsByExternalAndNamespace.computeIfAbsent(callee.id().value(), k -> new TreeMap<>())
                        .computeIfAbsent(caller.get().namespace(), k -> new ArrayList<>()).add(edge);
            }
        }
        List<Resource> resources = new ArrayList<>();
        Map<String, String> names = KubernetesNames.assign(namesOf(deployment, callsByExternalAndNamespace.keySet()),
                KubernetesNames.MAX_LABEL);
        for (var external : callsByExternalAndNamespace.entrySet()) {
            Node node = deployment.node(org.threatmesh.model.NodeId.of(external.getKey()));
            ExternalHost host = ExternalHost.of(node);
            String name = names.get(external.getKey());
            for (var perNamespace : external.getValue().entrySet()) {
                resources.add(serviceEntry(node, host, name, perNamespace.getKey(), perNamespace.getValue()));
            }
        }
        return resources;
    }

    private static Resource serviceEntry(Node node, ExternalHost host, String name, String namespace,
            List<Edge> calls) {
        Map<Integer, Map<String, Object>> ports = new TreeMap<>();
        Set<ElementId> covered = new HashSet<>();
        covered.add(node.id());
        for (Edge edge : calls) {
            covered.add(edge.id());
            edge.get(EdgeAttributes.PORT).asOptional().ifPresent(port -> {
                String protocol = protocol(edge);
                ports.putIfAbsent(port, Docs.map("number", port, "name",
                        protocol.toLowerCase(java.util.Locale.ROOT) + "-" + port, "protocol", protocol));
            });
        }
        Map<String, Object> spec = Docs.map("hosts", List.of(host.name()), "exportTo", List.of("."),
                "location", "MESH_EXTERNAL", "ports", ports.isEmpty() ? null : List.copyOf(ports.values()),
                "resolution", "DNS");
        return new Resource(ResourceKind.SERVICE_ENTRY, name, namespace,
                Docs.object(ResourceKind.SERVICE_ENTRY, name, namespace, spec),
                "Registers external service " + node.id().value() + " for namespace " + namespace
                        + (ports.isEmpty() ? " (no port is modelled: add its ports)" : "") + ".",
                new Coverage(List.of("SM-DR8", "SM-DR9"), Set.of("ServiceEntry"), covered),
                host.placeholder().stream().toList(), List.of());
    }

    /** Istio port protocol: TLS when the application itself encrypts, else the modelled protocol. */
    private static String protocol(Edge edge) {
        if (edge.get(EdgeAttributes.TLS).isAnyOf(TlsMode.TLS, TlsMode.MTLS)) {
            return "TLS";
        }
        var protocol = edge.get(EdgeAttributes.PROTOCOL);
        if (protocol.is(Protocol.HTTP)) {
            return "HTTP";
        }
        if (protocol.is(Protocol.GRPC)) {
            return "GRPC";
        }
        return "TCP";
    }

    private static Map<String, String> namesOf(Deployment deployment, Set<String> ids) {
        Map<String, String> wanted = new TreeMap<>();
        ids.forEach(id -> wanted.put(id, deployment.node(org.threatmesh.model.NodeId.of(id)).name()));
        return wanted;
    }

    /** The DNS name of an external service, or a placeholder when the model lacks a valid one. */
    record ExternalHost(String name, java.util.Optional<Placeholder> placeholder) {

        static ExternalHost of(Node node) {
            var host = node.get(InfrastructureAttributes.HOST).asOptional()
                    .map(h -> h.toLowerCase(java.util.Locale.ROOT)).filter(KubernetesNames::isDnsName);
            if (host.isPresent()) {
                return new ExternalHost(host.get(), java.util.Optional.empty());
            }
            String token = "REPLACE-ME-host-of-" + KubernetesNames.sanitize(node.name(), 40) + "-"
                    + KubernetesNames.hashSuffix(node.id().value());
            return new ExternalHost(token, java.util.Optional.of(new Placeholder(token,
                    "the DNS name of external service " + node.id().value()
                            + (node.get(InfrastructureAttributes.HOST).isKnown()
                                    ? " (the modelled host is not a valid DNS name)" : " (the model has no host)"))));
        }
    }
}
