package org.threatmesh.export.k8s;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.threatmesh.export.manifest.Coverage;
import org.threatmesh.export.manifest.Deployment;
import org.threatmesh.export.manifest.Deployment.Workload;
import org.threatmesh.export.manifest.Docs;
import org.threatmesh.export.manifest.Hardening;
import org.threatmesh.export.manifest.Peers;
import org.threatmesh.export.manifest.Placeholder;
import org.threatmesh.export.manifest.Resource;
import org.threatmesh.export.manifest.ResourceKind;
import org.threatmesh.model.Edge;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.ZoneId;
import org.threatmesh.model.attr.EdgeAttributes;
import org.threatmesh.model.attr.L3Policy;
import org.threatmesh.model.attr.Protocol;
import org.threatmesh.model.attr.ZoneAttributes;

/**
 * NetworkPolicies that make the modelled calls the only possible ones at layer 3/4 (MS-SS-13#6): default deny in
 * both directions per namespace, DNS and (with a mesh) control-plane egress, and per workload one policy allowing
 * exactly its modelled inbound and outbound calls on their ports.
 */
public final class NetworkPolicies {

    private static final String NAMESPACE_NAME_LABEL = "kubernetes.io/metadata.name";
    private static final List<String> REFERENCES = List.of("MS-SS-13#6", "MS-SS-2#6", "MS-SS-4#1", "SM-DR2", "SM-DR6");
    private static final Set<String> ARTEFACTS = Set.of("NetworkPolicy");
    private static final int ISTIOD_XDS_PORT = 15012;

    private NetworkPolicies() {
    }

    public static List<Resource> build(Deployment deployment) {
        List<Resource> resources = new ArrayList<>();
        for (Map.Entry<ZoneId, String> entry : deployment.namespaces().entrySet()) {
            resources.addAll(namespaceDefaults(deployment, entry.getKey(), entry.getValue()));
        }
        for (Workload workload : deployment.workloads()) {
            allowModelledCalls(deployment, workload).ifPresent(resources::add);
        }
        return resources;
    }

    private static List<Resource> namespaceDefaults(Deployment deployment, ZoneId zone, String namespace) {
        Set<ElementId> covered = new HashSet<>();
        covered.add(zone);
        boolean meshed = false;
        for (Workload workload : deployment.workloadsIn(namespace)) {
            covered.add(workload.node().id());
            deployment.inbound(workload.node().id()).forEach(e -> covered.add(e.id()));
            deployment.outbound(workload.node().id()).forEach(e -> covered.add(e.id()));
            meshed |= workload.meshed();
        }
        List<Resource> resources = new ArrayList<>();
        Map<String, Object> denyAll = Docs.object(ResourceKind.NETWORK_POLICY, "default-deny", namespace,
                Docs.map("podSelector", Map.of(), "policyTypes", List.of("Ingress", "Egress")));
        List<Hardening> hardening = deployment.model().zones().get(zone).get(ZoneAttributes.L3_POLICY)
                .is(L3Policy.DEFAULT_DENY) ? List.of()
                : List.of(new Hardening(zone, ZoneAttributes.L3_POLICY, L3Policy.DEFAULT_DENY));
        resources.add(new Resource(ResourceKind.NETWORK_POLICY, "default-deny", namespace, denyAll,
                "Denies all ingress and egress in namespace " + namespace + " that no other policy allows.",
                new Coverage(REFERENCES, ARTEFACTS, covered), List.of(), hardening));
        Map<String, Object> dns = Docs.object(ResourceKind.NETWORK_POLICY, "allow-dns-egress", namespace,
                Docs.map("podSelector", Map.of(), "policyTypes", List.of("Egress"),
                        "egress", List.of(Docs.map(
                                "to", List.of(Docs.map(
                                        "namespaceSelector", Docs.map("matchLabels",
                                                Docs.map(NAMESPACE_NAME_LABEL, "kube-system")),
                                        "podSelector", Docs.map("matchLabels", Docs.map("k8s-app", "kube-dns")))),
                                "ports", List.of(Docs.map("protocol", "UDP", "port", 53),
                                        Docs.map("protocol", "TCP", "port", 53))))));
        resources.add(new Resource(ResourceKind.NETWORK_POLICY, "allow-dns-egress", namespace, dns,
                "Lets every pod in " + namespace + " resolve names through the cluster DNS (k8s-app=kube-dns).",
                new Coverage(List.of("MS-SS-13#6"), ARTEFACTS, Set.of(zone)), List.of(), List.of()));
        if (meshed && deployment.mesh().isPresent()) {
            String root = deployment.rootNamespace();
            Map<String, Object> xds = Docs.object(ResourceKind.NETWORK_POLICY, "allow-istio-control-plane-egress",
                    namespace, Docs.map("podSelector", Map.of(), "policyTypes", List.of("Egress"),
                            "egress", List.of(Docs.map(
                                    "to", List.of(Docs.map(
                                            "namespaceSelector", Docs.map("matchLabels",
                                                    Docs.map(NAMESPACE_NAME_LABEL, root)),
                                            "podSelector", Docs.map("matchLabels", Docs.map("app", "istiod")))),
                                    "ports", List.of(Docs.map("protocol", "TCP", "port", ISTIOD_XDS_PORT))))));
            resources.add(new Resource(ResourceKind.NETWORK_POLICY, "allow-istio-control-plane-egress", namespace,
                    xds, "Lets sidecars in " + namespace + " fetch configuration and certificates from istiod "
                            + "(port 15012), which default deny would otherwise block.",
                    new Coverage(List.of("SM-DR2"), ARTEFACTS, Set.of(zone)),
                    deployment.meshPlaceholders().stream().filter(p -> p.token().equals(root)).toList(),
                    List.of()));
        }
        return resources;
    }

    private static java.util.Optional<Resource> allowModelledCalls(Deployment deployment, Workload workload) {
        List<Edge> inbound = deployment.inbound(workload.node().id());
        List<Edge> outbound = deployment.outbound(workload.node().id());
        if (inbound.isEmpty() && outbound.isEmpty()) {
            return java.util.Optional.empty();
        }
        Set<Placeholder> placeholders = new LinkedHashSet<>();
        Set<ElementId> covered = new HashSet<>();
        covered.add(workload.node().id());
        Map<String, Object> spec = Docs.map("podSelector", Docs.map("matchLabels", Docs.appLabels(workload.name())));
        List<String> types = new ArrayList<>();
        if (!inbound.isEmpty()) {
            types.add("Ingress");
        }
        if (!outbound.isEmpty()) {
            types.add("Egress");
        }
        spec.put("policyTypes", types);
        if (!inbound.isEmpty()) {
            spec.put("ingress", rules(deployment, inbound, true, placeholders, covered));
        }
        if (!outbound.isEmpty()) {
            spec.put("egress", rules(deployment, outbound, false, placeholders, covered));
        }
        String name = "allow-" + workload.name();
        Map<String, Object> body = Docs.object(ResourceKind.NETWORK_POLICY, name, workload.namespace(), spec);
        return java.util.Optional.of(new Resource(ResourceKind.NETWORK_POLICY, name, workload.namespace(), body,
                "Allows exactly the modelled calls into and out of " + workload.name() + ", on their ports.",
                new Coverage(REFERENCES, ARTEFACTS, covered), List.copyOf(placeholders), List.of()));
    }

    /**
     * One rule per set of ports, listing every peer that uses exactly those ports, so the policy reads like a
     * hand-written one. Peers and ports keep the order of the first call that names them (edge id order).
     */
    private static List<Object> rules(Deployment deployment, List<Edge> edges, boolean ingress,
            Set<Placeholder> placeholders, Set<ElementId> covered) {
        Map<NodeId, Map<String, Map<String, Object>>> portsByPeer = new LinkedHashMap<>();
        for (Edge edge : edges) {
            covered.add(edge.id());
            if (Peers.port(edge).isEmpty()) {
                placeholders.add(Peers.portPlaceholder(edge));
            }
            String protocol = edge.get(EdgeAttributes.PROTOCOL).is(Protocol.DNS) ? "UDP" : "TCP";
            Object port = Peers.portOrPlaceholder(edge);
            portsByPeer.computeIfAbsent(ingress ? edge.from() : edge.to(), k -> new LinkedHashMap<>())
                    .putIfAbsent(protocol + "/" + port, Docs.map("protocol", protocol, "port", port));
        }
        // A set: every client on the internet maps to the same 0.0.0.0/0 block.
        Map<Set<String>, Set<Object>> peersByPorts = new LinkedHashMap<>();
        Map<Set<String>, List<Object>> portLists = new LinkedHashMap<>();
        for (Map.Entry<NodeId, Map<String, Map<String, Object>>> entry : portsByPeer.entrySet()) {
            Set<String> key = entry.getValue().keySet();
            peersByPorts.computeIfAbsent(key, k -> new LinkedHashSet<>())
                    .add(peer(deployment, deployment.node(entry.getKey()), placeholders));
            portLists.putIfAbsent(key, new ArrayList<>(entry.getValue().values()));
        }
        List<Object> rules = new ArrayList<>();
        for (Map.Entry<Set<String>, Set<Object>> entry : peersByPorts.entrySet()) {
            rules.add(Docs.map(ingress ? "from" : "to", List.copyOf(entry.getValue()), "ports",
                    portLists.get(entry.getKey())));
        }
        return rules;
    }

    private static Map<String, Object> peer(Deployment deployment, Node node, Set<Placeholder> placeholders) {
        var workload = deployment.workload(node.id());
        if (workload.isPresent()) {
            return Docs.map("namespaceSelector", Docs.map("matchLabels",
                            Docs.map(NAMESPACE_NAME_LABEL, workload.get().namespace())),
                    "podSelector", Docs.map("matchLabels", Docs.appLabels(workload.get().name())));
        }
        if (deployment.isOutside(node) && node.kind() == org.threatmesh.model.NodeKind.EXTERNAL_CLIENT) {
            return Docs.map("ipBlock", Docs.map("cidr", "0.0.0.0/0"));
        }
        Placeholder cidr = Peers.cidrPlaceholder(node);
        placeholders.add(cidr);
        return Docs.map("ipBlock", Docs.map("cidr", cidr.token()));
    }
}
