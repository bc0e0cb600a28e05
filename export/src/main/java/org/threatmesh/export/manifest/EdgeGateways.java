package org.threatmesh.export.manifest;

import java.util.ArrayList;
import java.util.List;
import org.threatmesh.export.manifest.Deployment.Workload;
import org.threatmesh.model.Edge;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.GatewayAttributes;
import org.threatmesh.model.attr.GatewayTier;

/** The front doors: ingress gateways and edge API gateways, and the route facts the gateway targets share. */
public final class EdgeGateways {

    private static final java.util.Set<String> HTTP_METHODS =
            java.util.Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH");
    private static final java.util.regex.Pattern SAFE_PATH =
            java.util.regex.Pattern.compile("/[A-Za-z0-9/%._~!$&'()+,;=:@*-]*");

    private EdgeGateways() {
    }

    /**
     * Placed ingress gateways and API gateways that are edge tier, or of unknown tier but called from outside.
     */
    public static List<Workload> of(Deployment deployment) {
        List<Workload> gateways = new ArrayList<>();
        for (Workload workload : deployment.workloads()) {
            NodeKind kind = workload.node().kind();
            boolean front = kind == NodeKind.INGRESS_GATEWAY || (kind == NodeKind.API_GATEWAY
                    && (workload.node().get(GatewayAttributes.TIER).is(GatewayTier.EDGE)
                            || (workload.node().get(GatewayAttributes.TIER).isUnknown()
                                    && !entryCalls(deployment, workload).isEmpty())));
            if (front) {
                gateways.add(workload);
            }
        }
        return gateways;
    }

    /**
     * Calls the gateway routes to: those to services and microgateways. Its calls to identity providers, monitoring
     * and other infrastructure are its own traffic (token validation, logs), not routes to publish.
     */
    public static List<Edge> routedCalls(Deployment deployment, Workload gateway) {
        return deployment.outbound(gateway.node().id()).stream()
                .filter(e -> deployment.node(e.to()).kind() == NodeKind.SERVICE
                        || deployment.node(e.to()).kind() == NodeKind.API_GATEWAY)
                .toList();
    }

    /** Calls into the gateway from outside the cluster, in edge id order. */
    public static List<Edge> entryCalls(Deployment deployment, Workload gateway) {
        return deployment.inbound(gateway.node().id()).stream()
                .filter(e -> deployment.isOutside(deployment.node(e.from()))).toList();
    }

    /** The gateway's modelled host names that are valid DNS names, lower-cased, sorted. */
    public static List<String> hosts(Workload gateway) {
        return gateway.node().get(GatewayAttributes.HOSTS).asOptional().orElse(List.of()).stream()
                .map(h -> h.toLowerCase(java.util.Locale.ROOT))
                .filter(h -> KubernetesNames.isDnsName(h.startsWith("*.") ? h.substring(2) : h))
                .distinct().sorted().toList();
    }

    /** Modelled HTTP methods that are standard verbs, sorted; others cannot be routed on. */
    public static List<String> httpMethods(Edge edge) {
        return edge.get(org.threatmesh.model.attr.EdgeAttributes.METHODS).asOptional().orElse(List.of()).stream()
                .filter(HTTP_METHODS::contains).distinct().sorted().toList();
    }

    /**
     * Modelled paths usable as route matches: a trailing {@code *} makes a prefix match. Paths with characters a
     * router would reject are dropped.
     *
     * @return pairs of (prefix?, path), sorted
     */
    public static List<RoutePath> paths(Edge edge) {
        List<RoutePath> paths = new ArrayList<>();
        for (String path : edge.get(org.threatmesh.model.attr.EdgeAttributes.PATHS).asOptional().orElse(List.of())) {
            if (!SAFE_PATH.matcher(path).matches() || path.length() > 1024 || path.contains("//")) {
                continue;
            }
            boolean prefix = path.endsWith("*") || path.equals("/");
            String value = path.replaceAll("/?\\*+$", "");
            if (value.contains("*")) {
                continue;
            }
            paths.add(new RoutePath(prefix, value.isEmpty() ? "/" : value));
        }
        return paths.stream().distinct().sorted(java.util.Comparator.comparing(RoutePath::path)
                .thenComparing(RoutePath::prefix)).toList();
    }

    /** A route path match. */
    public record RoutePath(boolean prefix, String path) {
    }
}
