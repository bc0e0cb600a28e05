package org.threatmesh.export.istio;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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
import org.threatmesh.model.attr.AuthzLevel;
import org.threatmesh.model.attr.DefaultAuthz;
import org.threatmesh.model.attr.EdgeAttributes;
import org.threatmesh.model.attr.MeshAttributes;
import org.threatmesh.model.attr.PeerAuthMode;
import org.threatmesh.model.attr.Protocol;
import org.threatmesh.model.attr.TlsMode;

/** Istio identity and access: STRICT mTLS, deny-by-default authorization, per-workload allow lists, JWT checks. */
public final class IstioSecurity {

    private IstioSecurity() {
    }

    /** Mesh-wide STRICT in the root namespace, then STRICT in every namespace with meshed workloads. */
    public static List<Resource> peerAuthentications(Deployment deployment, Node mesh) {
        List<Resource> resources = new ArrayList<>();
        Set<ElementId> all = new HashSet<>();
        all.add(mesh.id());
        List<Hardening> meshHardening = new ArrayList<>();
        if (!mesh.get(MeshAttributes.PEER_AUTH_DEFAULT).is(PeerAuthMode.STRICT)) {
            meshHardening.add(new Hardening(mesh.id(), MeshAttributes.PEER_AUTH_DEFAULT, PeerAuthMode.STRICT));
        }
        Set<String> namespaces = new TreeSet<>();
        for (Workload workload : deployment.workloads()) {
            if (workload.meshed()) {
                namespaces.add(workload.namespace());
                all.add(workload.node().id());
                for (Edge edge : meshInternalInbound(deployment, workload)) {
                    all.add(edge.id());
                    meshHardening.addAll(mtls(edge));
                }
            }
        }
        String root = deployment.rootNamespace();
        resources.add(new Resource(ResourceKind.PEER_AUTHENTICATION, "default", root,
                Docs.object(ResourceKind.PEER_AUTHENTICATION, "default", root,
                        Docs.map("mtls", Docs.map("mode", "STRICT"))),
                "Requires mutual TLS for every workload in the mesh; plaintext callers are refused.",
                new Coverage(List.of("MS-SS-4#2", "MS-SS-2#6", "SM-DR6", "SM-DR19"), Set.of("PeerAuthentication"), all),
                rootPlaceholders(deployment), meshHardening));
        for (Workload workload : deployment.workloads()) {
            if (workload.meshed()) {
                entryPorts(deployment, workload).ifPresent(resources::add);
            }
        }
        for (String namespace : namespaces) {
            Set<ElementId> covered = new HashSet<>();
            List<Hardening> hardening = new ArrayList<>();
            for (Workload workload : deployment.workloadsIn(namespace)) {
                if (workload.meshed()) {
                    covered.add(workload.node().id());
                    for (Edge edge : meshInternalInbound(deployment, workload)) {
                        covered.add(edge.id());
                        hardening.addAll(mtls(edge));
                    }
                }
            }
            resources.add(new Resource(ResourceKind.PEER_AUTHENTICATION, "default", namespace,
                    Docs.object(ResourceKind.PEER_AUTHENTICATION, "default", namespace,
                            Docs.map("mtls", Docs.map("mode", "STRICT"))),
                    "Keeps namespace " + namespace + " on STRICT mutual TLS even if the mesh-wide default changes.",
                    new Coverage(List.of("MS-SS-4#2", "MS-SS-2#6", "SM-DR6", "SM-DR19"),
                            Set.of("PeerAuthentication"), covered),
                    List.of(), hardening));
        }
        return resources;
    }

    /**
     * Calls from outside the cluster cannot present a mesh certificate, so a meshed workload that receives them
     * (a gateway, a login page) accepts plaintext or application TLS on exactly those ports and STRICT elsewhere.
     */
    private static Optional<Resource> entryPorts(Deployment deployment, Workload workload) {
        Set<Integer> ports = new TreeSet<>();
        Set<ElementId> covered = new HashSet<>();
        for (Edge edge : deployment.inbound(workload.node().id())) {
            if (deployment.isOutside(deployment.node(edge.from())) && Peers.port(edge).isPresent()) {
                ports.add(Peers.port(edge).get());
                covered.add(edge.id());
            }
        }
        if (ports.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> portLevel = new java.util.LinkedHashMap<>();
        ports.forEach(p -> portLevel.put(String.valueOf(p), Docs.map("mode", "PERMISSIVE")));
        String name = workload.name() + "-entry-ports";
        Map<String, Object> spec = Docs.map("selector", Docs.map("matchLabels", Docs.appLabels(workload.name())),
                "mtls", Docs.map("mode", "STRICT"), "portLevelMtls", portLevel);
        return Optional.of(new Resource(ResourceKind.PEER_AUTHENTICATION, name, workload.namespace(),
                Docs.object(ResourceKind.PEER_AUTHENTICATION, name, workload.namespace(), spec),
                "Lets clients outside the mesh reach " + workload.name() + " on its entry ports "
                        + String.join(", ", ports.stream().map(String::valueOf).toList())
                        + "; every other port stays STRICT.",
                new Coverage(List.of("MS-SS-4#2", "SM-DR19"), Set.of("PeerAuthentication"), covered),
                List.of(), List.of()));
    }

    /** Allow-nothing in the root namespace plus one ALLOW policy per meshed workload that has modelled callers. */
    public static List<Resource> authorizationPolicies(Deployment deployment, Node mesh) {
        List<Resource> resources = new ArrayList<>();
        Set<ElementId> meshed = new HashSet<>();
        meshed.add(mesh.id());
        deployment.workloads().stream().filter(Workload::meshed).forEach(w -> meshed.add(w.node().id()));
        String root = deployment.rootNamespace();
        resources.add(new Resource(ResourceKind.AUTHORIZATION_POLICY, "allow-nothing", root,
                Docs.object(ResourceKind.AUTHORIZATION_POLICY, "allow-nothing", root, Map.of()),
                "Denies every request in the mesh that no ALLOW policy admits (deny by default).",
                new Coverage(List.of("MS-SS-13#2", "MS-SS-2#1"), Set.of("AuthorizationPolicy", "allow-nothing"),
                        meshed),
                rootPlaceholders(deployment),
                mesh.get(MeshAttributes.DEFAULT_AUTHZ).is(DefaultAuthz.DENY) ? List.of()
                        : List.of(new Hardening(mesh.id(), MeshAttributes.DEFAULT_AUTHZ, DefaultAuthz.DENY))));
        for (Workload workload : deployment.workloads()) {
            List<Edge> inbound = deployment.inbound(workload.node().id());
            if (workload.meshed() && !inbound.isEmpty()) {
                resources.add(allowCallers(deployment, workload, inbound));
            }
        }
        return resources;
    }

    private static Resource allowCallers(Deployment deployment, Workload workload, List<Edge> inbound) {
        List<Object> rules = new ArrayList<>();
        Set<Placeholder> placeholders = new LinkedHashSet<>();
        Set<ElementId> covered = new HashSet<>();
        covered.add(workload.node().id());
        List<Hardening> hardening = new ArrayList<>();
        Optional<String> issuer = inbound.stream()
                .anyMatch(e -> e.get(EdgeAttributes.REQUIRES_END_USER_CREDENTIAL).is(true))
                ? IdentityProviders.issuerFor(deployment, workload).map(IdentityProviders.Jwt::issuer)
                : Optional.empty();
        // Callers that perform the same operation under the same token requirement share one rule.
        Map<List<Object>, Map<String, Set<String>>> sourcesByOperation = new LinkedHashMap<>();
        for (Edge edge : inbound) {
            covered.add(edge.id());
            Node caller = deployment.node(edge.from());
            Map<String, Object> operation = operation(edge);
            String requestPrincipal = edge.get(EdgeAttributes.REQUIRES_END_USER_CREDENTIAL).is(true)
                    ? issuer.map(i -> i + "/*").orElse("*") : "";
            Map<String, Set<String>> sources = sourcesByOperation.computeIfAbsent(
                    List.of(operation, requestPrincipal), k -> new LinkedHashMap<>());
            Optional<Workload> callerWorkload = deployment.workload(caller.id());
            if (callerWorkload.isPresent()) {
                sources.computeIfAbsent("principals", k -> new LinkedHashSet<>())
                        .add(deployment.principal(callerWorkload.get()));
                placeholders.addAll(deployment.principalPlaceholders());
            } else if (!deployment.isOutside(caller)) {
                Placeholder cidr = Peers.cidrPlaceholder(caller);
                placeholders.add(cidr);
                sources.computeIfAbsent("ipBlocks", k -> new LinkedHashSet<>()).add(cidr.token());
            } else {
                sources.computeIfAbsent("", k -> new LinkedHashSet<>());
            }
            if (!edge.get(EdgeAttributes.AUTHZ_AT_DESTINATION).isAnyOf(AuthzLevel.COARSE, AuthzLevel.FINE)) {
                hardening.add(new Hardening(edge.id(), EdgeAttributes.AUTHZ_AT_DESTINATION, AuthzLevel.COARSE));
            }
        }
        for (Map.Entry<List<Object>, Map<String, Set<String>>> entry : sourcesByOperation.entrySet()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> operation = (Map<String, Object>) entry.getKey().get(0);
            String requestPrincipal = (String) entry.getKey().get(1);
            boolean anySource = entry.getValue().containsKey("");
            List<Object> from = new ArrayList<>();
            for (Map.Entry<String, Set<String>> source : entry.getValue().entrySet()) {
                if (source.getKey().isEmpty()) {
                    continue;
                }
                from.add(Docs.map("source", Docs.map(source.getKey(), List.copyOf(source.getValue()),
                        "requestPrincipals", requestPrincipal.isEmpty() ? null : List.of(requestPrincipal))));
            }
            if (anySource && !requestPrincipal.isEmpty()) {
                from.add(Docs.map("source", Docs.map("requestPrincipals", List.of(requestPrincipal))));
            }
            // A caller from outside the cluster has no mesh identity: its rule names no source at all, which also
            // admits the identified callers of the same operation, so their sources are dropped.
            Map<String, Object> rule = Docs.map(
                    "from", from.isEmpty() || (anySource && requestPrincipal.isEmpty()) ? null : from,
                    "to", operation.isEmpty() ? null : List.of(Docs.map("operation", operation)));
            rules.add(rule);
        }
        String name = "allow-" + workload.name() + "-callers";
        Map<String, Object> spec = Docs.map("selector", Docs.map("matchLabels", Docs.appLabels(workload.name())),
                "action", "ALLOW", "rules", rules);
        return new Resource(ResourceKind.AUTHORIZATION_POLICY, name, workload.namespace(),
                Docs.object(ResourceKind.AUTHORIZATION_POLICY, name, workload.namespace(), spec),
                "Admits only the modelled callers of " + workload.name() + ", by mesh identity, on the modelled "
                        + "ports, methods and paths.",
                new Coverage(List.of("MS-SS-2#1", "MS-SS-2#6", "MS-SS-13#2", "MS-SS-1#3", "SM-DR1"),
                        Set.of("AuthorizationPolicy"), covered),
                List.copyOf(placeholders), hardening);
    }

    /** The operation a call performs: its port, and methods and paths for HTTP and gRPC where modelled. */
    static Map<String, Object> operation(Edge edge) {
        Map<String, Object> operation = Docs.map();
        Peers.port(edge).ifPresent(port -> operation.put("ports", List.of(String.valueOf(port))));
        boolean grpc = edge.get(EdgeAttributes.PROTOCOL).is(Protocol.GRPC);
        boolean http = edge.get(EdgeAttributes.PROTOCOL).is(Protocol.HTTP);
        List<String> methods = edge.get(EdgeAttributes.METHODS).asOptional().orElse(List.of());
        List<String> paths = new ArrayList<>(edge.get(EdgeAttributes.PATHS).asOptional().orElse(List.of()));
        if (grpc) {
            // gRPC calls are POSTs to /package.Service/Method, so modelled gRPC methods become paths.
            for (String method : methods) {
                paths.add(method.startsWith("/") ? method : "/" + method);
            }
        } else if (http && !methods.isEmpty()) {
            operation.put("methods", List.copyOf(new TreeSet<>(methods)));
        }
        if ((grpc || http) && !paths.isEmpty()) {
            operation.put("paths", List.copyOf(new TreeSet<>(paths)));
        }
        return operation;
    }

    /** JWT validation for workloads that receive end-user tokens. */
    public static List<Resource> requestAuthentications(Deployment deployment) {
        List<Resource> resources = new ArrayList<>();
        for (Workload workload : deployment.workloads()) {
            if (!workload.meshed()) {
                continue;
            }
            List<Edge> tokenEdges = deployment.inbound(workload.node().id()).stream()
                    .filter(e -> IdentityProviders.carriesEndUserToken(deployment, e)).toList();
            if (tokenEdges.isEmpty()) {
                continue;
            }
            IdentityProviders.Jwt jwt = IdentityProviders.jwtFor(deployment, workload);
            Set<ElementId> covered = new HashSet<>();
            covered.add(workload.node().id());
            List<Hardening> hardening = new ArrayList<>();
            for (Edge edge : tokenEdges) {
                covered.add(edge.id());
                if (!edge.get(EdgeAttributes.TOKEN_SIGNED).is(true)) {
                    hardening.add(new Hardening(edge.id(), EdgeAttributes.TOKEN_SIGNED, true));
                }
            }
            String name = workload.name() + "-jwt";
            Map<String, Object> spec = Docs.map("selector",
                    Docs.map("matchLabels", Docs.appLabels(workload.name())),
                    "jwtRules", List.of(Docs.map("issuer", jwt.issuer(), "jwksUri", jwt.jwksUri(),
                            "forwardOriginalToken", false)));
            resources.add(new Resource(ResourceKind.REQUEST_AUTHENTICATION, name, workload.namespace(),
                    Docs.object(ResourceKind.REQUEST_AUTHENTICATION, name, workload.namespace(), spec),
                    "Rejects end-user tokens to " + workload.name() + " not signed by the identity provider"
                            + jwt.source() + "; the token is not forwarded further.",
                    new Coverage(List.of("MS-SS-1#1", "MS-SS-1#2", "MS-SS-10#3", "SM-DR20"),
                            Set.of("RequestAuthentication", "jwt"), covered),
                    jwt.placeholders(), hardening));
        }
        return resources;
    }

    static List<Placeholder> rootPlaceholders(Deployment deployment) {
        return deployment.meshPlaceholders().stream()
                .filter(p -> p.token().equals(deployment.rootNamespace())).toList();
    }

    /** Inbound calls from callers that are themselves in the mesh, which STRICT mTLS turns into mTLS calls. */
    private static List<Edge> meshInternalInbound(Deployment deployment, Workload workload) {
        return deployment.inbound(workload.node().id()).stream()
                .filter(e -> deployment.workload(e.from()).filter(Workload::meshed).isPresent()).toList();
    }

    private static List<Hardening> mtls(Edge edge) {
        return edge.get(EdgeAttributes.TLS).is(TlsMode.MTLS) ? List.of()
                : List.of(new Hardening(edge.id(), EdgeAttributes.TLS, TlsMode.MTLS));
    }
}
