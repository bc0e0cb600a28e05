package org.threatmesh.export.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.threatmesh.model.Edge;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.Layout;
import org.threatmesh.model.ModelInfo;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.TrustZone;
import org.threatmesh.model.ZoneId;
import org.threatmesh.model.ZoneKind;
import org.threatmesh.model.attr.Attributes;
import org.threatmesh.model.attr.CallMode;
import org.threatmesh.model.attr.ClientAuthn;
import org.threatmesh.model.attr.EdgeAttributes;
import org.threatmesh.model.attr.GatewayAttributes;
import org.threatmesh.model.attr.GatewayProduct;
import org.threatmesh.model.attr.GatewayTier;
import org.threatmesh.model.attr.InfrastructureAttributes;
import org.threatmesh.model.attr.MeshAttributes;
import org.threatmesh.model.attr.Protocol;
import org.threatmesh.model.attr.ServiceVersion;
import org.threatmesh.model.attr.SessionAffinity;
import org.threatmesh.model.attr.TlsMode;
import org.threatmesh.model.attr.WorkloadAttributes;

/**
 * Large seeded models for schema tests and the export benchmark: N services in namespaces of 50, about 4N calls,
 * a mesh, a Kong edge gateway, an identity provider and external services, with attributes known or unknown at
 * random. Stands in until the model test-jar's ModelGenerator lands on main.
 */
public final class SyntheticModels {

    private SyntheticModels() {
    }

    public static ThreatModel services(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<TrustZone> zones = new ArrayList<>();
        List<Node> nodes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        ZoneId cluster = ZoneId.of("z-cluster");
        zones.add(TrustZone.of(ZoneId.of("z-internet"), ZoneKind.INTERNET, "Internet"));
        zones.add(TrustZone.of(cluster, ZoneKind.CLUSTER, "cluster"));
        int namespaces = Math.max(1, count / 50);
        for (int i = 0; i < namespaces; i++) {
            zones.add(new TrustZone(ZoneId.of("z-ns-" + i), ZoneKind.NAMESPACE, "team " + i, Optional.of(cluster),
                    Attributes.empty()));
        }
        ZoneId edgeNs = ZoneId.of("z-ns-0");
        nodes.add(new Node(NodeId.of("n-mesh"), NodeKind.MESH_CONTROL_PLANE, "istiod", Optional.of(cluster),
                Attributes.empty().with(MeshAttributes.ROOT_NAMESPACE, "istio-system")
                        .with(MeshAttributes.TRUST_DOMAIN, "cluster.local")));
        nodes.add(Node.of(NodeId.of("n-client"), NodeKind.EXTERNAL_CLIENT, "users")
                .withZone(Optional.of(ZoneId.of("z-internet"))));
        nodes.add(new Node(NodeId.of("n-gw"), NodeKind.API_GATEWAY, "edge gateway", Optional.of(edgeNs),
                Attributes.empty().with(GatewayAttributes.PRODUCT, GatewayProduct.KONG)
                        .with(GatewayAttributes.TIER, GatewayTier.EDGE)
                        .with(GatewayAttributes.HOSTS, List.of("api.example.com"))));
        nodes.add(new Node(NodeId.of("n-idp"), NodeKind.IDENTITY_PROVIDER, "idp", Optional.of(edgeNs),
                random.nextBoolean() ? Attributes.empty().with(InfrastructureAttributes.ISSUER, "https://idp.example")
                        : Attributes.empty()));
        edges.add(new Edge(EdgeId.of("e-client-gw"), NodeId.of("n-client"), NodeId.of("n-gw"), "", Attributes.empty()
                .with(EdgeAttributes.PORT, 443).with(EdgeAttributes.TLS, TlsMode.TLS)
                .with(EdgeAttributes.CLIENT_AUTHN, ClientAuthn.JWT).with(EdgeAttributes.PROTOCOL, Protocol.HTTP)));
        for (int i = 0; i < Math.max(1, count / 100); i++) {
            nodes.add(new Node(NodeId.of(String.format("n-ext-%03d", i)), NodeKind.EXTERNAL_SERVICE, "partner " + i,
                    Optional.empty(), Attributes.empty().with(InfrastructureAttributes.HOST,
                            "partner" + i + ".example.net")));
        }
        for (int i = 0; i < count; i++) {
            Attributes attributes = Attributes.empty();
            if (random.nextInt(3) == 0) {
                attributes = attributes.with(WorkloadAttributes.SERVICE_ACCOUNT, "sa-" + i);
            }
            if (random.nextInt(10) == 0) {
                attributes = attributes.with(WorkloadAttributes.VERSIONS, List.of(
                        new ServiceVersion("v1", 90, true), new ServiceVersion("v2", 10, false)));
            }
            if (random.nextInt(10) == 0) {
                attributes = attributes.with(WorkloadAttributes.SESSION_AFFINITY, SessionAffinity.COOKIE);
            }
            nodes.add(new Node(service(i), NodeKind.SERVICE, "Service " + i, Optional.of(ZoneId.of("z-ns-"
                    + (i % namespaces))), attributes));
        }
        int edgeCount = 0;
        for (int i = 0; i < count; i++) {
            for (int k = 0; k < 4; k++) {
                int target = random.nextInt(count);
                if (target == i) {
                    continue;
                }
                edges.add(new Edge(EdgeId.of(String.format("e-%06d", edgeCount++)), service(i), service(target), "",
                        call(random)));
            }
        }
        for (int i = 0; i < Math.min(count, 20); i++) {
            edges.add(new Edge(EdgeId.of("e-gw-" + i), NodeId.of("n-gw"), service(i), "", call(random)));
        }
        for (int i = 0; i < Math.max(1, count / 100); i++) {
            edges.add(new Edge(EdgeId.of("e-ext-" + i), service(i), NodeId.of(String.format("n-ext-%03d", i)), "",
                    Attributes.empty().with(EdgeAttributes.PORT, 443).with(EdgeAttributes.TLS, TlsMode.TLS)));
        }
        return ThreatModel.of(ModelInfo.named("synthetic " + count), Attributes.empty(), zones, nodes, edges,
                List.of(), Layout.empty());
    }

    private static NodeId service(int i) {
        return NodeId.of(String.format("n-svc-%05d", i));
    }

    private static Attributes call(SplittableRandom random) {
        Attributes call = Attributes.empty().with(EdgeAttributes.PROTOCOL,
                random.nextBoolean() ? Protocol.HTTP : Protocol.GRPC);
        if (random.nextInt(4) != 0) {
            call = call.with(EdgeAttributes.PORT, 8000 + random.nextInt(100));
        }
        if (random.nextBoolean()) {
            call = call.with(EdgeAttributes.TIMEOUT, 500 + random.nextInt(5000));
        }
        if (random.nextInt(3) == 0) {
            call = call.with(EdgeAttributes.RETRY_ATTEMPTS, random.nextInt(4));
        }
        if (random.nextInt(5) == 0) {
            call = call.with(EdgeAttributes.MODE, CallMode.ASYNC);
        }
        if (random.nextInt(4) == 0) {
            call = call.with(EdgeAttributes.METHODS, List.of("GET", "POST"))
                    .with(EdgeAttributes.PATHS, List.of("/api/*"));
        }
        if (random.nextInt(6) == 0) {
            call = call.with(EdgeAttributes.MAX_CONNECTIONS, 100 + random.nextInt(900));
        }
        return call;
    }
}
