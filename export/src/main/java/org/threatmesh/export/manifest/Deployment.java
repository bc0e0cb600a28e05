package org.threatmesh.export.manifest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.threatmesh.model.Edge;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.TrustZone;
import org.threatmesh.model.ZoneId;
import org.threatmesh.model.ZoneKind;
import org.threatmesh.model.attr.MeshAttributes;
import org.threatmesh.model.attr.MeshMode;
import org.threatmesh.model.attr.ServiceVersion;
import org.threatmesh.model.attr.WorkloadAttributes;

/**
 * How the model maps onto a cluster: which namespace each namespace zone becomes, the name and service account
 * of each workload, who is in the mesh, and the mesh's root namespace and trust domain. Computed once per export
 * so every target agrees on names.
 *
 * <p>Workloads are the model's {@link NodeKind#WORKLOADS} that sit in a namespace zone; other nodes can still be
 * callers or callees but no namespaced resource is generated for them.
 */
public final class Deployment {

    /** The label that generated selectors match; the README tells the user to put it on their pods. */
    public static final String APP_LABEL = "app.kubernetes.io/name";

    private final ThreatModel model;
    private final SortedMap<ZoneId, String> namespaces;
    private final Map<NodeId, Workload> workloads;
    private final Optional<Node> mesh;
    private final List<Placeholder> placeholders = new ArrayList<>();
    private final List<Workload> workloadList;
    private final List<Node> identityProviders;
    private final Map<String, List<Workload>> byNamespace = new HashMap<>();
    private final Map<NodeId, Node> nodes;
    private final Map<NodeId, List<Edge>> inbound = new HashMap<>();
    private final Map<NodeId, List<Edge>> outbound = new HashMap<>();
    private final String rootNamespace;
    private final String trustDomain;

    /**
     * A workload placed in a namespace.
     *
     * @param node           the model node
     * @param namespace      its namespace
     * @param name           its app label and Kubernetes Service name
     * @param serviceAccount its service account
     * @param meshed         whether it runs in the mesh: the model has a mesh and does not say meshMode none
     */
    public record Workload(Node node, String namespace, String name, String serviceAccount, boolean meshed) {
    }

    public Deployment(ThreatModel model) {
        this.model = model;
        this.nodes = new HashMap<>(model.nodes());
        this.namespaces = assignNamespaces(model);
        this.workloads = assignWorkloads(model, namespaces);
        this.identityProviders = model.nodes().values().stream()
                .filter(n -> n.kind() == NodeKind.IDENTITY_PROVIDER).toList();
        this.workloadList = model.nodes().keySet().stream().filter(workloads::containsKey).map(workloads::get)
                .toList();
        for (Workload workload : workloadList) {
            byNamespace.computeIfAbsent(workload.namespace(), k -> new ArrayList<>()).add(workload);
        }
        for (Edge edge : model.edges().values()) {
            inbound.computeIfAbsent(edge.to(), k -> new ArrayList<>()).add(edge);
            outbound.computeIfAbsent(edge.from(), k -> new ArrayList<>()).add(edge);
        }
        this.mesh = model.nodes().values().stream().filter(n -> n.kind() == NodeKind.MESH_CONTROL_PLANE).findFirst();
        this.rootNamespace = meshText(MeshAttributes.ROOT_NAMESPACE, true)
                .orElseGet(() -> placeholder("replace-me-root-namespace",
                        "the mesh root namespace (Istio's rootNamespace, usually istio-system); the model has no "
                                + "mesh control plane rootNamespace"));
        this.trustDomain = meshText(MeshAttributes.TRUST_DOMAIN, false)
                .orElseGet(() -> placeholder("REPLACE-ME-trust-domain",
                        "the mesh trust domain used in workload principals (often cluster.local)"));
    }

    public ThreatModel model() {
        return model;
    }

    /** Namespace zones and their namespace names, in zone id order. */
    public SortedMap<ZoneId, String> namespaces() {
        return Collections.unmodifiableSortedMap(namespaces);
    }

    /** Placed workloads of {@code namespace}, in node id order. */
    public List<Workload> workloadsIn(String namespace) {
        return byNamespace.getOrDefault(namespace, List.of());
    }

    /** Placed workloads in node id order. */
    public List<Workload> workloads() {
        return workloadList;
    }

    public Optional<Workload> workload(NodeId node) {
        return Optional.ofNullable(workloads.get(node));
    }

    /** The model's identity providers in node id order. */
    public List<Node> identityProviders() {
        return identityProviders;
    }

    /** The first mesh control plane, if the model has one. */
    public Optional<Node> mesh() {
        return mesh;
    }

    /** Mesh root namespace, or its placeholder. */
    public String rootNamespace() {
        return rootNamespace;
    }

    /** Placeholders every mesh-wide resource depends on (root namespace, trust domain) when the model lacks them. */
    public List<Placeholder> meshPlaceholders() {
        return List.copyOf(placeholders);
    }

    /** The SPIFFE-style principal Istio gives a workload: {@code <trust domain>/ns/<ns>/sa/<sa>}. */
    public String principal(Workload workload) {
        return trustDomain + "/ns/" + workload.namespace() + "/sa/" + workload.serviceAccount();
    }

    /** Placeholders {@link #principal} may contain. */
    public List<Placeholder> principalPlaceholders() {
        return placeholders.stream().filter(p -> p.token().equals(trustDomain)).toList();
    }

    /** Edges whose target is {@code node}, in edge id order. */
    public List<Edge> inbound(NodeId node) {
        return Collections.unmodifiableList(inbound.getOrDefault(node, List.of()));
    }

    /** Edges whose source is {@code node}, in edge id order. */
    public List<Edge> outbound(NodeId node) {
        return Collections.unmodifiableList(outbound.getOrDefault(node, List.of()));
    }

    public Node node(NodeId id) {
        return nodes.get(id);
    }

    /** Whether the caller is outside the cluster: an external client, or a node in an untrusted zone. */
    public boolean isOutside(Node node) {
        if (NodeKind.OUTSIDE.contains(node.kind())) {
            return true;
        }
        return node.zone().flatMap(model::zone).map(TrustZone::kind).filter(ZoneKind::isUntrusted).isPresent();
    }

    /** Modelled version ids to subset and label names (RFC 1123 labels), in model order; empty below two versions. */
    public static Map<String, String> versionLabels(Workload workload) {
        List<ServiceVersion> versions = workload.node().get(WorkloadAttributes.VERSIONS).asOptional()
                .orElse(List.of());
        if (versions.size() < 2) {
            return Map.of();
        }
        Map<String, String> wanted = new LinkedHashMap<>();
        versions.forEach(v -> wanted.put(v.id(), v.id()));
        Map<String, String> assigned = KubernetesNames.assign(wanted, KubernetesNames.MAX_LABEL);
        Map<String, String> ordered = new LinkedHashMap<>();
        versions.forEach(v -> ordered.put(v.id(), assigned.get(v.id())));
        return ordered;
    }

    private Optional<String> meshText(org.threatmesh.model.attr.AttributeKey<String> key, boolean label) {
        return mesh.flatMap(m -> m.get(key).asOptional())
                .filter(v -> label ? KubernetesNames.isLabel(v) : KubernetesNames.isDnsName(v));
    }

    private String placeholder(String token, String what) {
        placeholders.add(new Placeholder(token, what));
        return token;
    }

    private static SortedMap<ZoneId, String> assignNamespaces(ThreatModel model) {
        Map<String, String> wanted = new TreeMap<>();
        for (TrustZone zone : model.zones().values()) {
            if (zone.kind() == ZoneKind.NAMESPACE) {
                String name = zone.get(org.threatmesh.model.attr.ZoneAttributes.NAMESPACE).asOptional()
                        .orElse(zone.name());
                wanted.put(zone.id().value(), name);
            }
        }
        SortedMap<ZoneId, String> result = new TreeMap<>();
        KubernetesNames.assign(wanted, KubernetesNames.MAX_LABEL).forEach((id, ns) -> result.put(ZoneId.of(id), ns));
        return result;
    }

    private static Map<NodeId, Workload> assignWorkloads(ThreatModel model, SortedMap<ZoneId, String> namespaces) {
        Map<String, Map<String, String>> namesByNamespace = new TreeMap<>();
        Map<String, Map<String, String>> accountsByNamespace = new TreeMap<>();
        Map<NodeId, String> namespaceOf = new HashMap<>();
        for (Node node : model.nodes().values()) {
            if (!node.kind().isWorkload()) {
                continue;
            }
            Optional<TrustZone> zone = model.graph().enclosingZone(node.id(), ZoneKind.NAMESPACE);
            if (zone.isEmpty()) {
                continue;
            }
            String namespace = namespaces.get(zone.get().id());
            namespaceOf.put(node.id(), namespace);
            namesByNamespace.computeIfAbsent(namespace, k -> new TreeMap<>()).put(node.id().value(),
                    withoutTechnology(node.name()));
            String account = node.get(WorkloadAttributes.SERVICE_ACCOUNT).asOptional().orElse(node.name());
            accountsByNamespace.computeIfAbsent(namespace, k -> new TreeMap<>()).put(node.id().value(), account);
        }
        Map<String, String> names = new HashMap<>();
        Map<String, String> accounts = new HashMap<>();
        namesByNamespace.values().forEach(m -> names.putAll(KubernetesNames.assign(m, KubernetesNames.MAX_LABEL)));
        accountsByNamespace.values().forEach(m -> accounts.putAll(
                KubernetesNames.assign(m, KubernetesNames.MAX_LABEL)));
        boolean meshPresent = model.nodes().values().stream().anyMatch(n -> n.kind() == NodeKind.MESH_CONTROL_PLANE);
        Map<NodeId, Workload> result = new HashMap<>();
        for (Map.Entry<NodeId, String> entry : namespaceOf.entrySet()) {
            Node node = model.nodes().get(entry.getKey());
            String id = node.id().value();
            result.put(node.id(), new Workload(node, entry.getValue(), names.get(id), accounts.get(id),
                    isMeshed(node, meshPresent)));
        }
        return result;
    }

    /**
     * Namespaces with a mesh get sidecar injection, which enrols every pod in them, so a workload is meshed unless
     * the model says it runs outside the mesh.
     */
    /**
     * Display names often end with the technology in parentheses ("Cart store (Redis)"); the workload's name in
     * the cluster does not carry it.
     */
    static String withoutTechnology(String name) {
        String trimmed = name.strip();
        if (trimmed.endsWith(")")) {
            int open = trimmed.lastIndexOf('(');
            if (open > 0 && !trimmed.substring(0, open).isBlank()) {
                return trimmed.substring(0, open).strip();
            }
        }
        return name;
    }

    private static boolean isMeshed(Node node, boolean meshPresent) {
        return meshPresent && node.kind() != NodeKind.MESH_CONTROL_PLANE
                && !node.get(WorkloadAttributes.MESH_MODE).is(MeshMode.NONE);
    }
}
