package org.threatmesh.export.istio;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.threatmesh.model.attr.AttributeKey;
import org.threatmesh.model.attr.CallMode;
import org.threatmesh.model.attr.CircuitBreakerPlacement;
import org.threatmesh.model.attr.EdgeAttributes;
import org.threatmesh.model.attr.Protocol;
import org.threatmesh.model.attr.ServiceVersion;
import org.threatmesh.model.attr.SessionAffinity;
import org.threatmesh.model.attr.WorkloadAttributes;

/**
 * Istio traffic policy per workload: DestinationRules (ISTIO_MUTUAL, outlier detection, connection limits, sticky
 * sessions, version subsets) and VirtualServices (timeouts, bounded retries, weighted versions).
 */
public final class IstioTraffic {

    /** Istio's documented outlier-detection defaults, written out so the user sees and tunes them. */
    private static final int CONSECUTIVE_5XX = 5;
    private static final String INTERVAL = "10s";
    private static final String BASE_EJECTION = "30s";
    private static final int MAX_EJECTION_PERCENT = 10;
    /** The cookie Envoy generates for affinity; its value is a hash, so it reveals no server identity. */
    static final String AFFINITY_COOKIE = "tm-affinity";
    static final String VERSION_LABEL = "version";

    private IstioTraffic() {
    }

    public static List<Resource> destinationRules(Deployment deployment) {
        List<Resource> resources = new ArrayList<>();
        for (Workload workload : deployment.workloads()) {
            List<Edge> inbound = deployment.inbound(workload.node().id());
            if (workload.meshed() && !inbound.isEmpty()) {
                resources.add(destinationRule(workload, inbound));
            }
        }
        return resources;
    }

    private static Resource destinationRule(Workload workload, List<Edge> inbound) {
        List<String> references = new ArrayList<>(List.of("MS-SS-4#2", "MS-SS-6#1", "MS-SS-13#1", "SM-DR9", "SM-DR26"));
        Set<String> artefacts = new HashSet<>(Set.of("DestinationRule", "outlierDetection", "connectionPool"));
        Set<ElementId> covered = new HashSet<>();
        covered.add(workload.node().id());
        List<Hardening> hardening = new ArrayList<>();
        List<Placeholder> placeholders = new ArrayList<>();
        Map<String, Object> policy = Docs.map("tls", Docs.map("mode", "ISTIO_MUTUAL"));
        Map<String, Object> pool = connectionPool(inbound);
        if (!pool.isEmpty()) {
            policy.put("connectionPool", pool);
        }
        boolean sync = false;
        for (Edge edge : inbound) {
            covered.add(edge.id());
            if (!edge.get(EdgeAttributes.MODE).is(CallMode.ASYNC)) {
                sync = true;
                if (!edge.get(EdgeAttributes.CIRCUIT_BREAKER).is(CircuitBreakerPlacement.PROXY)) {
                    hardening.add(new Hardening(edge.id(), EdgeAttributes.CIRCUIT_BREAKER,
                            CircuitBreakerPlacement.PROXY));
                }
            }
        }
        if (sync) {
            policy.put("outlierDetection", Docs.map("consecutive5xxErrors", CONSECUTIVE_5XX, "interval", INTERVAL,
                    "baseEjectionTime", BASE_EJECTION, "maxEjectionPercent", MAX_EJECTION_PERCENT));
        }
        var affinity = workload.node().get(WorkloadAttributes.SESSION_AFFINITY);
        if (affinity.is(SessionAffinity.COOKIE)) {
            policy.put("loadBalancer", Docs.map("consistentHash", Docs.map("httpCookie", Docs.map(
                    "name", AFFINITY_COOKIE, "path", "/", "ttl", "0s",
                    "attributes", List.of(Docs.map("name", "Secure"), Docs.map("name", "HttpOnly"),
                            Docs.map("name", "SameSite", "value", "Strict"))))));
            references.addAll(List.of("MS-SS-10#2", "MS-SS-7#2"));
            artefacts.add("consistentHash");
            for (AttributeKey<Boolean> key : List.of(WorkloadAttributes.AFFINITY_COOKIE_SECURE,
                    WorkloadAttributes.AFFINITY_COOKIE_HTTP_ONLY, WorkloadAttributes.AFFINITY_COOKIE_OPAQUE)) {
                if (!workload.node().get(key).is(true)) {
                    hardening.add(new Hardening(workload.node().id(), key, true));
                }
            }
        } else if (affinity.is(SessionAffinity.HEADER)) {
            Placeholder header = new Placeholder("REPLACE-ME-affinity-header",
                    "the request header that carries the session key of " + workload.name());
            placeholders.add(header);
            policy.put("loadBalancer", Docs.map("consistentHash", Docs.map("httpHeaderName", header.token())));
            references.add("MS-SS-7#2");
            artefacts.add("consistentHash");
        }
        Map<String, Object> spec = Docs.map("host", workload.name(), "trafficPolicy", policy);
        Map<String, String> subsets = Deployment.versionLabels(workload);
        if (!subsets.isEmpty()) {
            List<Object> list = new ArrayList<>();
            subsets.values().forEach(v -> list.add(Docs.map("name", v, "labels", Docs.map(VERSION_LABEL, v))));
            spec.put("subsets", list);
            references.add("MS-SS-9#1");
        }
        String name = workload.name();
        return new Resource(ResourceKind.DESTINATION_RULE, name, workload.namespace(),
                Docs.object(ResourceKind.DESTINATION_RULE, name, workload.namespace(), spec),
                "Calls to " + name + " use Istio mutual TLS and eject failing instances (circuit breaking)"
                        + (pool.isEmpty() ? "" : ", within the modelled connection limits")
                        + (affinity.is(SessionAffinity.COOKIE) ? ", with a Secure, HttpOnly, hashed affinity cookie"
                                : "")
                        + (subsets.isEmpty() ? "" : ", with one subset per modelled version") + ".",
                new Coverage(references, artefacts, covered), placeholders, hardening);
    }

    /** The largest modelled limit over the inbound calls: Istio applies it per calling proxy, as the model does. */
    private static Map<String, Object> connectionPool(List<Edge> inbound) {
        Optional<Integer> connections = inbound.stream().flatMap(e -> e.get(EdgeAttributes.MAX_CONNECTIONS)
                .asOptional().stream()).max(Integer::compare);
        Optional<Integer> pending = inbound.stream().flatMap(e -> e.get(EdgeAttributes.MAX_PENDING_REQUESTS)
                .asOptional().stream()).max(Integer::compare);
        Map<String, Object> pool = Docs.map();
        connections.ifPresent(c -> pool.put("tcp", Docs.map("maxConnections", c)));
        pending.ifPresent(p -> pool.put("http", Docs.map("http1MaxPendingRequests", p)));
        return pool;
    }

    public static List<Resource> virtualServices(Deployment deployment) {
        List<Resource> resources = new ArrayList<>();
        for (Workload workload : deployment.workloads()) {
            // VirtualService http routes only govern HTTP and gRPC; TCP calls (databases, brokers) are left out.
            List<Edge> sync = deployment.inbound(workload.node().id()).stream()
                    .filter(e -> !e.get(EdgeAttributes.MODE).is(CallMode.ASYNC))
                    .filter(e -> e.get(EdgeAttributes.PROTOCOL).isUnknown()
                            || e.get(EdgeAttributes.PROTOCOL).isAnyOf(Protocol.HTTP, Protocol.GRPC))
                    .toList();
            if (workload.meshed() && !sync.isEmpty()) {
                virtualService(workload, sync).ifPresent(resources::add);
            }
        }
        return resources;
    }

    private static Optional<Resource> virtualService(Workload workload, List<Edge> sync) {
        Optional<Integer> timeout = max(sync, EdgeAttributes.TIMEOUT);
        Optional<Integer> attempts = max(sync, EdgeAttributes.RETRY_ATTEMPTS);
        Map<String, String> versions = Deployment.versionLabels(workload);
        if (timeout.isEmpty() && attempts.isEmpty() && versions.isEmpty()) {
            return Optional.empty();
        }
        List<Placeholder> placeholders = new ArrayList<>();
        Map<String, Object> http = Docs.map("route", routes(workload, versions));
        timeout.ifPresent(t -> http.put("timeout", Docs.duration(t)));
        if (attempts.isPresent()) {
            Map<String, Object> retries = Docs.map("attempts", attempts.get());
            if (attempts.get() > 0) {
                Optional<Integer> perTry = max(sync, EdgeAttributes.RETRY_PER_TRY_TIMEOUT);
                if (perTry.isPresent()) {
                    retries.put("perTryTimeout", Docs.duration(perTry.get()));
                } else {
                    Placeholder p = new Placeholder("REPLACE-ME-per-try-timeout",
                            "the per-attempt timeout of retried calls to " + workload.name() + ", e.g. 2s");
                    placeholders.add(p);
                    retries.put("perTryTimeout", p.token());
                }
                boolean stateChanging = sync.stream().anyMatch(e -> !e.get(EdgeAttributes.STATE_CHANGING).is(false));
                // Only failures before the request reached the server are safe to retry for state-changing calls.
                retries.put("retryOn", stateChanging ? "connect-failure,refused-stream"
                        : "connect-failure,refused-stream,5xx");
                if (timeout.isEmpty()) {
                    Placeholder p = new Placeholder("REPLACE-ME-timeout",
                            "the overall timeout of calls to " + workload.name() + ", which bounds all retries");
                    placeholders.add(p);
                    http.put("timeout", p.token());
                }
            }
            http.put("retries", retries);
        }
        Set<ElementId> covered = new HashSet<>();
        covered.add(workload.node().id());
        sync.forEach(e -> covered.add(e.id()));
        List<String> references = new ArrayList<>(List.of("MS-SS-6#1", "SM-DR9"));
        if (!versions.isEmpty()) {
            references.add("MS-SS-9#1");
        }
        String name = workload.name();
        Map<String, Object> spec = Docs.map("hosts", List.of(name), "http", List.of(http));
        return Optional.of(new Resource(ResourceKind.VIRTUAL_SERVICE, name, workload.namespace(),
                Docs.object(ResourceKind.VIRTUAL_SERVICE, name, workload.namespace(), spec),
                "Bounds calls to " + name + " with the modelled timeout and retries"
                        + (versions.isEmpty() ? "" : " and splits traffic by the modelled version weights"
                                + weightWarning(workload)) + ".",
                new Coverage(references, Set.of("VirtualService"), covered), placeholders, List.of()));
    }

    private static List<Object> routes(Workload workload, Map<String, String> versions) {
        if (versions.isEmpty()) {
            return List.of(Docs.map("destination", Docs.map("host", workload.name())));
        }
        List<Object> routes = new ArrayList<>();
        for (ServiceVersion version : workload.node().get(WorkloadAttributes.VERSIONS).value()) {
            routes.add(Docs.map("destination", Docs.map("host", workload.name(), "subset",
                    versions.get(version.id())), "weight", version.weight()));
        }
        return routes;
    }

    private static String weightWarning(Workload workload) {
        int sum = workload.node().get(WorkloadAttributes.VERSIONS).value().stream()
                .mapToInt(ServiceVersion::weight).sum();
        return sum == 100 ? "" : " (the model's weights sum to " + sum + "; Istio requires 100, fix before applying)";
    }

    private static Optional<Integer> max(List<Edge> edges, AttributeKey<Integer> key) {
        return edges.stream().flatMap(e -> e.get(key).asOptional().stream()).max(Integer::compare);
    }
}
