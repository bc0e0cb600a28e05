package org.threatmesh.export.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.threatmesh.model.Edge;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.ModelInfo;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.TrustZone;
import org.threatmesh.model.ZoneId;
import org.threatmesh.model.ZoneKind;
import org.threatmesh.model.attr.Attributes;
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
import org.threatmesh.model.attr.TokenKind;
import org.threatmesh.model.attr.WorkloadAttributes;
import org.threatmesh.model.attr.ZoneAttributes;
import org.threatmesh.model.Layout;

/** Models whose every name, label and value is chosen to break YAML, Kubernetes names or file paths. */
final class HostileModels {

    /** Names a model may legally hold (single line, at most 200 characters) that are hostile to exporters. */
    static final List<String> NAMES = List.of(
            "Cart", "cart", "CART!", "\"quoted\": value # comment", "line\u2028separator\u2029para", "emoji 🛒🔥",
            "---", "{{ .Values.evil }}", "x".repeat(200), "\u202Eגלגל عربة", "购物车服务", "../../etc/passwd",
            "..", "key: [a, b]", "*anchor &ref !tag", "%YAML 1.1", "@at `tick` |pipe >fold", "null", "true", "0x1F",
            "yes", "~", "- item", "? complex", "\t tab", "trailing space ", "#");

    private HostileModels() {
    }

    /** A model with one service per hostile name, all calling each other in a ring, behind a hostile Kong gateway. */
    static ThreatModel hostileServices() {
        List<TrustZone> zones = new ArrayList<>();
        zones.add(TrustZone.of(ZoneId.of("z-internet"), ZoneKind.INTERNET, "Internet"));
        zones.add(TrustZone.of(ZoneId.of("z-cluster"), ZoneKind.CLUSTER, "cluster: {{x}}"));
        zones.add(new TrustZone(ZoneId.of("z-ns-a"), ZoneKind.NAMESPACE, "../ns: \"a\"", Optional.of(ZoneId.of(
                "z-cluster")), Attributes.empty()));
        zones.add(new TrustZone(ZoneId.of("z-ns-b"), ZoneKind.NAMESPACE, "ns b", Optional.of(ZoneId.of("z-cluster")),
                Attributes.empty().with(ZoneAttributes.NAMESPACE, "../../B: #\u2028")));
        zones.add(new TrustZone(ZoneId.of("z-ns-c"), ZoneKind.NAMESPACE, "NS B", Optional.of(ZoneId.of("z-cluster")),
                Attributes.empty()));
        List<Node> nodes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        nodes.add(new Node(NodeId.of("n-mesh"), NodeKind.MESH_CONTROL_PLANE, "mesh: ---", Optional.of(
                ZoneId.of("z-cluster")), Attributes.empty().with(MeshAttributes.ROOT_NAMESPACE, "istio system\u2028")
                        .with(MeshAttributes.TRUST_DOMAIN, "td: #x")));
        nodes.add(new Node(NodeId.of("n-idp"), NodeKind.IDENTITY_PROVIDER, "idp \"quoted\"", Optional.of(
                ZoneId.of("z-ns-a")), Attributes.empty().with(InfrastructureAttributes.ISSUER,
                        "https://idp/\u2028- evil: true").with(InfrastructureAttributes.JWKS_URI, "{{ jwks }}")));
        nodes.add(Node.of(NodeId.of("n-client"), NodeKind.EXTERNAL_CLIENT, "client: #1 🛒")
                .withZone(Optional.of(ZoneId.of("z-internet"))));
        nodes.add(new Node(NodeId.of("n-ext"), NodeKind.EXTERNAL_SERVICE, "ext ../../x", Optional.empty(),
                Attributes.empty().with(InfrastructureAttributes.HOST, "api.example.com\u2028evil: x")));
        nodes.add(new Node(NodeId.of("n-gw"), NodeKind.API_GATEWAY, "gateway: {{x}}", Optional.of(
                ZoneId.of("z-ns-a")), Attributes.empty().with(GatewayAttributes.PRODUCT, GatewayProduct.KONG)
                        .with(GatewayAttributes.TIER, GatewayTier.EDGE)
                        .with(GatewayAttributes.HOSTS, List.of("shop.example.com", "BAD HOST: x", "*.wild.example.com",
                                "../../etc"))
                        .with(WorkloadAttributes.SERVICE_ACCOUNT, "sa: \"x\" # y")));
        edges.add(new Edge(EdgeId.of("e-client-gw"), NodeId.of("n-client"), NodeId.of("n-gw"), "enter: ---",
                Attributes.empty().with(EdgeAttributes.PORT, 443).with(EdgeAttributes.TLS, TlsMode.TLS)
                        .with(EdgeAttributes.PROTOCOL, Protocol.HTTP)
                        .with(EdgeAttributes.CLIENT_AUTHN, ClientAuthn.OIDC)
                        .with(EdgeAttributes.TOKEN_KIND, TokenKind.EXTERNAL_USER)
                        .with(EdgeAttributes.RATE_LIMITED, true)
                        .with(EdgeAttributes.REQUIRES_END_USER_CREDENTIAL, true)));
        String[] zonesForServices = {"z-ns-a", "z-ns-b", "z-ns-c"};
        for (int i = 0; i < NAMES.size(); i++) {
            NodeId id = NodeId.of("n-s" + i);
            Attributes attributes = Attributes.empty()
                    .with(WorkloadAttributes.SERVICE_ACCOUNT, NAMES.get((i + 3) % NAMES.size()));
            if (i % 4 == 0) {
                attributes = attributes.with(WorkloadAttributes.VERSIONS, List.of(new ServiceVersion("v1: x", 80,
                        true), new ServiceVersion("---", 20, false)));
            }
            if (i % 5 == 0) {
                attributes = attributes.with(WorkloadAttributes.SESSION_AFFINITY, SessionAffinity.COOKIE);
            }
            nodes.add(new Node(id, NodeKind.SERVICE, NAMES.get(i), Optional.of(ZoneId.of(
                    zonesForServices[i % zonesForServices.length])), attributes));
            NodeId next = NodeId.of("n-s" + ((i + 1) % NAMES.size()));
            Attributes call = Attributes.empty().with(EdgeAttributes.PROTOCOL, i % 2 == 0 ? Protocol.HTTP
                    : Protocol.GRPC)
                    .with(EdgeAttributes.METHODS, List.of("GET", "x: y", "pkg.Svc/Method\u2028"))
                    .with(EdgeAttributes.PATHS, List.of("/api/*", "/a: b # c", "/{{x}}", "/../etc", "/ok/exact"))
                    .with(EdgeAttributes.TIMEOUT, 1500 + i);
            if (i % 3 != 0) {
                call = call.with(EdgeAttributes.PORT, 8000 + i);
            }
            if (i % 3 == 1) {
                call = call.with(EdgeAttributes.RETRY_ATTEMPTS, 2);
            }
            edges.add(new Edge(EdgeId.of("e-ring-" + i), id, next, NAMES.get(i).substring(0, Math.min(50,
                    NAMES.get(i).length())).isBlank() ? "" : "call", call));
        }
        edges.add(new Edge(EdgeId.of("e-gw-s0"), NodeId.of("n-gw"), NodeId.of("n-s0"), "route",
                Attributes.empty().with(EdgeAttributes.PORT, 8080).with(EdgeAttributes.PROTOCOL, Protocol.HTTP)
                        .with(EdgeAttributes.PATHS, List.of("/shop/*", "/{{evil}}"))));
        edges.add(new Edge(EdgeId.of("e-s1-ext"), NodeId.of("n-s1"), NodeId.of("n-ext"), "", Attributes.empty()
                .with(EdgeAttributes.PORT, 443).with(EdgeAttributes.TLS, TlsMode.TLS)));
        edges.add(new Edge(EdgeId.of("e-s2-idp"), NodeId.of("n-s2"), NodeId.of("n-idp"), "", Attributes.empty()));
        return ThreatModel.of(ModelInfo.named("hostile: {{model}} \u2028 ---"), Attributes.empty(), zones, nodes,
                edges, List.of(), Layout.empty());
    }
}
