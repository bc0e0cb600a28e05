package org.threatmesh.export.istio;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.threatmesh.export.manifest.Coverage;
import org.threatmesh.export.manifest.Deployment;
import org.threatmesh.export.manifest.Deployment.Workload;
import org.threatmesh.export.manifest.Docs;
import org.threatmesh.export.manifest.Hardening;
import org.threatmesh.export.manifest.Placeholder;
import org.threatmesh.export.manifest.Resource;
import org.threatmesh.export.manifest.ResourceKind;
import org.threatmesh.model.Edge;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.EdgeAttributes;
import org.threatmesh.model.attr.MeshAttributes;
import org.threatmesh.model.attr.Protocol;

/** Local rate limiting through EnvoyFilters, and mesh-wide access logging through Telemetry. */
public final class IstioObservability {

    private static final String RATE_PLACEHOLDER = "REPLACE-ME-requests-per-second";
    private static final String LOCAL_RATE_LIMIT_TYPE =
            "type.googleapis.com/envoy.extensions.filters.http.local_ratelimit.v3.LocalRateLimit";

    private IstioObservability() {
    }

    /**
     * One local token bucket per meshed workload that receives HTTP or gRPC calls the model rate-limits or that come
     * from outside the cluster. The bucket holds the sum of the modelled per-call rates, refilled every second.
     */
    public static List<Resource> rateLimits(Deployment deployment) {
        List<Resource> resources = new ArrayList<>();
        for (Workload workload : deployment.workloads()) {
            List<Edge> limited = deployment.inbound(workload.node().id()).stream()
                    .filter(e -> e.get(EdgeAttributes.PROTOCOL).isAnyOf(Protocol.HTTP, Protocol.GRPC))
                    .filter(e -> e.get(EdgeAttributes.RATE_LIMITED).is(true)
                            || deployment.isOutside(deployment.node(e.from())))
                    .toList();
            if (workload.meshed() && !limited.isEmpty()) {
                resources.add(rateLimit(workload, limited));
            }
        }
        return resources;
    }

    private static Resource rateLimit(Workload workload, List<Edge> limited) {
        boolean allKnown = limited.stream().allMatch(e -> e.get(EdgeAttributes.RATE_LIMIT).isKnown());
        Object rate = allKnown ? (Object) limited.stream().mapToInt(e -> e.get(EdgeAttributes.RATE_LIMIT).value()).sum()
                : RATE_PLACEHOLDER;
        List<Placeholder> placeholders = allKnown ? List.of() : List.of(new Placeholder(RATE_PLACEHOLDER,
                "the allowed requests per second into " + workload.name() + " (the model gives no rate for "
                        + String.join(", ", limited.stream().filter(e -> e.get(EdgeAttributes.RATE_LIMIT).isUnknown())
                                .map(e -> e.id().value()).toList()) + ")"));
        Set<ElementId> covered = new HashSet<>();
        covered.add(workload.node().id());
        List<Hardening> hardening = new ArrayList<>();
        for (Edge edge : limited) {
            covered.add(edge.id());
            if (!edge.get(EdgeAttributes.RATE_LIMITED).is(true)) {
                hardening.add(new Hardening(edge.id(), EdgeAttributes.RATE_LIMITED, true));
            }
        }
        String context = workload.node().kind() == NodeKind.INGRESS_GATEWAY ? "GATEWAY" : "SIDECAR_INBOUND";
        Map<String, Object> bucket = Docs.map("max_tokens", rate, "tokens_per_fill", rate, "fill_interval", "1s");
        Map<String, Object> percent = Docs.map("numerator", 100, "denominator", "HUNDRED");
        Map<String, Object> value = Docs.map("name", "envoy.filters.http.local_ratelimit",
                "typed_config", Docs.map("@type", "type.googleapis.com/udpa.type.v1.TypedStruct",
                        "type_url", LOCAL_RATE_LIMIT_TYPE,
                        "value", Docs.map("stat_prefix", "http_local_rate_limiter", "token_bucket", bucket,
                                "filter_enabled", Docs.map("runtime_key", "local_rate_limit_enabled",
                                        "default_value", percent),
                                "filter_enforced", Docs.map("runtime_key", "local_rate_limit_enforced",
                                        "default_value", percent))));
        Map<String, Object> spec = Docs.map(
                "workloadSelector", Docs.map("labels", Docs.appLabels(workload.name())),
                "configPatches", List.of(Docs.map("applyTo", "HTTP_FILTER",
                        "match", Docs.map("context", context, "listener", Docs.map("filterChain", Docs.map("filter",
                                Docs.map("name", "envoy.filters.network.http_connection_manager")))),
                        "patch", Docs.map("operation", "INSERT_BEFORE", "value", value))));
        String name = workload.name() + "-local-ratelimit";
        return new Resource(ResourceKind.ENVOY_FILTER, name, workload.namespace(),
                Docs.object(ResourceKind.ENVOY_FILTER, name, workload.namespace(), spec),
                "Limits requests into " + workload.name() + " to " + rate + " per second with a local token bucket.",
                new Coverage(List.of("MS-SS-8#1", "MS-SS-11#1"), Set.of("local_ratelimit", "EnvoyFilter",
                        "rate limit", "rate-limit"), covered),
                placeholders, hardening);
    }

    /** Access logging for every proxy, configured once in the root namespace. */
    public static Optional<Resource> telemetry(Deployment deployment, Node mesh) {
        Set<ElementId> covered = new HashSet<>();
        covered.add(mesh.id());
        deployment.workloads().stream().filter(Workload::meshed).forEach(w -> covered.add(w.node().id()));
        String root = deployment.rootNamespace();
        Map<String, Object> spec = Docs.map("accessLogging", List.of(Docs.map("providers",
                List.of(Docs.map("name", "envoy")))));
        return Optional.of(new Resource(ResourceKind.TELEMETRY, "mesh-default", root,
                Docs.object(ResourceKind.TELEMETRY, "mesh-default", root, spec),
                "Every proxy writes access logs through Istio's built-in envoy provider; ship them to the log sink.",
                new Coverage(List.of("MS-SS-5#1", "MS-SS-13#5", "SM-DR21", "SM-DR22"), Set.of("Telemetry"),
                        covered),
                IstioSecurity.rootPlaceholders(deployment),
                mesh.get(MeshAttributes.ACCESS_LOGGING).is(true) ? List.of()
                        : List.of(new Hardening(mesh.id(), MeshAttributes.ACCESS_LOGGING, true))));
    }
}
