package org.threatmesh.model.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.threatmesh.model.Bounds;
import org.threatmesh.model.Edge;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.ElementType;
import org.threatmesh.model.Layout;
import org.threatmesh.model.ModelInfo;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.Point;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.TriageDecision;
import org.threatmesh.model.TrustZone;
import org.threatmesh.model.ZoneId;
import org.threatmesh.model.ZoneKind;
import org.threatmesh.model.ZoneLayout;
import org.threatmesh.model.attr.AttributeCatalog;
import org.threatmesh.model.attr.AttributeKey;
import org.threatmesh.model.attr.Attributes;

/**
 * Generates realistic-looking models of any size for property tests and benchmarks: {@code services} services
 * spread over namespaces of 50, about four calls per service, every node kind present, and a random mix of known
 * and unknown attributes. The same size and seed always give the same model.
 */
public final class ModelGenerator {

    private static final int SERVICES_PER_NAMESPACE = 50;
    private static final String[] HOSTILE = {
        "\"quoted\" name", "name: with colon", "# not a comment", "--- not a document", "{{ template }}",
        "ünïcödé ñame", "名前サービス", "خدمة الدفع", "שירות", "emoji 🚀 service", "../../etc/passwd",
        "a".repeat(200), "tab\there", "back\\slash", "null", "true", "0x1F", "*&anchor", "!!binary", "%percent",
        "line\u2028separator", "CAPITAL Service", "-leading-dash", "trailing-dash-", "dots.in.name"
    };

    private final int services;
    private final long seed;
    private final boolean hostileNames;
    private final double knownRatio;

    private ModelGenerator(int services, long seed, boolean hostileNames, double knownRatio) {
        if (services < 1) {
            throw new IllegalArgumentException("need at least one service");
        }
        this.services = services;
        this.seed = seed;
        this.hostileNames = hostileNames;
        this.knownRatio = knownRatio;
    }

    /** A model with {@code services} services, about 4× as many calls, and 60 % of attributes known. */
    public static ThreatModel generate(int services, long seed) {
        return new ModelGenerator(services, seed, false, 0.6).build();
    }

    /** Like {@link #generate} but names are drawn from a list of hostile strings (quotes, RTL, CJK, emoji, ...). */
    public static ThreatModel generateWithHostileNames(int services, long seed) {
        return new ModelGenerator(services, seed, true, 0.6).build();
    }

    /** Full control over the share of attributes that are known (0..1). */
    public static ThreatModel generate(int services, long seed, double knownRatio) {
        return new ModelGenerator(services, seed, false, knownRatio).build();
    }

    private ThreatModel build() {
        Random random = new Random(seed);
        List<TrustZone> zones = new ArrayList<>();
        List<Node> nodes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        Map<NodeId, Point> positions = new HashMap<>();
        Map<ZoneId, ZoneLayout> zoneLayouts = new HashMap<>();

        ZoneId internet = zone(zones, random, "z-internet", ZoneKind.INTERNET, Optional.empty(), 0);
        ZoneId cluster = zone(zones, random, "z-cluster", ZoneKind.CLUSTER, Optional.empty(), 5);
        ZoneId edgeNs = zone(zones, random, "z-ns-edge", ZoneKind.NAMESPACE, Optional.of(cluster), 6);
        ZoneId partner = zone(zones, random, "z-partner", ZoneKind.PARTNER, Optional.empty(), 2);
        ZoneId external = zone(zones, random, "z-external", ZoneKind.EXTERNAL, Optional.empty(), 1);
        int namespaces = (services + SERVICES_PER_NAMESPACE - 1) / SERVICES_PER_NAMESPACE;
        List<ZoneId> appNamespaces = new ArrayList<>();
        for (int i = 0; i < namespaces; i++) {
            appNamespaces.add(zone(zones, random, String.format("z-ns-%03d", i), ZoneKind.NAMESPACE,
                    Optional.of(cluster), 7));
        }

        // One of every infrastructure kind, so every rule has something to look at.
        NodeId browser = node(nodes, random, "n-client-browser", NodeKind.EXTERNAL_CLIENT, internet);
        NodeId partnerClient = node(nodes, random, "n-client-partner", NodeKind.EXTERNAL_CLIENT, partner);
        NodeId waf = node(nodes, random, "n-waf", NodeKind.WAF_BOT_MANAGER, edgeNs);
        NodeId lb = node(nodes, random, "n-lb", NodeKind.LOAD_BALANCER, edgeNs);
        NodeId gateway = node(nodes, random, "n-gateway", NodeKind.API_GATEWAY, edgeNs);
        NodeId ingress = node(nodes, random, "n-ingress", NodeKind.INGRESS_GATEWAY, edgeNs);
        NodeId egress = node(nodes, random, "n-egress", NodeKind.EGRESS_GATEWAY, edgeNs);
        NodeId idp = node(nodes, random, "n-idp", NodeKind.IDENTITY_PROVIDER, edgeNs);
        NodeId authz = node(nodes, random, "n-authz", NodeKind.AUTHZ_SERVER, edgeNs);
        NodeId sts = node(nodes, random, "n-sts", NodeKind.TOKEN_SERVICE, edgeNs);
        NodeId registry = node(nodes, random, "n-registry", NodeKind.SERVICE_REGISTRY, cluster);
        NodeId mesh = node(nodes, random, "n-mesh", NodeKind.MESH_CONTROL_PLANE, cluster);
        NodeId dns = node(nodes, random, "n-dns", NodeKind.DNS_RESOLVER, cluster);
        NodeId logs = node(nodes, random, "n-logs", NodeKind.MONITORING, cluster);
        NodeId siem = node(nodes, random, "n-siem", NodeKind.MONITORING, cluster);
        NodeId vault = node(nodes, random, "n-vault", NodeKind.SECRET_STORE, cluster);
        NodeId sessions = node(nodes, random, "n-sessions", NodeKind.SESSION_STORE, edgeNs);
        NodeId psp = node(nodes, random, "n-external-api", NodeKind.EXTERNAL_SERVICE, external);

        List<NodeId> serviceIds = new ArrayList<>();
        List<NodeId> stores = new ArrayList<>();
        List<NodeId> brokers = new ArrayList<>();
        for (int i = 0; i < services; i++) {
            ZoneId namespace = appNamespaces.get(i / SERVICES_PER_NAMESPACE);
            serviceIds.add(node(nodes, random, String.format("n-svc-%05d", i), NodeKind.SERVICE, namespace));
            if (i % 5 == 0) {
                stores.add(node(nodes, random, String.format("n-db-%05d", i), NodeKind.DATASTORE, namespace));
            }
            if (i % SERVICES_PER_NAMESPACE == 0) {
                brokers.add(node(nodes, random, String.format("n-broker-%05d", i), NodeKind.MESSAGE_BROKER,
                        namespace));
            }
        }

        EdgeFactory calls = new EdgeFactory(edges, random);
        calls.add(browser, waf);
        calls.add(waf, lb);
        calls.add(lb, gateway);
        calls.add(partnerClient, ingress);
        calls.add(browser, idp);
        calls.add(gateway, idp);
        calls.add(gateway, authz);
        calls.add(gateway, sts);
        calls.add(gateway, logs);
        calls.add(gateway, sessions);
        calls.add(logs, siem);
        calls.add(mesh, logs);
        calls.add(egress, psp);
        for (int i = 0; i < serviceIds.size(); i++) {
            NodeId service = serviceIds.get(i);
            if (i % 10 == 0) {
                calls.add(i % 20 == 0 ? gateway : ingress, service);
            }
            for (int k = 0; k < 2; k++) {
                calls.add(service, serviceIds.get(random.nextInt(serviceIds.size())));
            }
            calls.add(service, i % 3 == 0 ? stores.get(random.nextInt(stores.size()))
                    : brokers.get(random.nextInt(brokers.size())));
            calls.add(service, switch (i % 6) {
                case 0 -> registry;
                case 1 -> dns;
                case 2 -> vault;
                case 3 -> egress;
                case 4 -> authz;
                default -> logs;
            });
        }

        layout(nodes, zones, positions, zoneLayouts);
        List<TriageDecision> triage = List.of();
        return ThreatModel.of(new ModelInfo("Generated " + services + " services", "Generated by ModelGenerator, seed "
                + seed, "generator", "1"), Attributes.empty(), zones, nodes, edges, triage,
                Layout.of(positions, zoneLayouts));
    }

    private ZoneId zone(List<TrustZone> zones, Random random, String id, ZoneKind kind, Optional<ZoneId> parent,
            int trust) {
        ZoneId zoneId = new ZoneId(id);
        Attributes attributes = randomAttributes(random, AttributeCatalog.forElement(ElementType.ZONE));
        if (random.nextDouble() < knownRatio) {
            attributes = attributes.with(org.threatmesh.model.attr.ZoneAttributes.TRUST, trust);
        } else {
            attributes = attributes.without(org.threatmesh.model.attr.ZoneAttributes.TRUST);
        }
        zones.add(new TrustZone(zoneId, kind, name(random, id), parent, attributes));
        return zoneId;
    }

    private NodeId node(List<Node> nodes, Random random, String id, NodeKind kind, ZoneId zone) {
        NodeId nodeId = new NodeId(id);
        nodes.add(new Node(nodeId, kind, name(random, id), Optional.of(zone),
                randomAttributes(random, AttributeCatalog.forNode(kind))));
        return nodeId;
    }

    private String name(Random random, String id) {
        if (hostileNames && random.nextInt(3) == 0) {
            String hostile = HOSTILE[random.nextInt(HOSTILE.length)] + " " + id.substring(2);
            return hostile.length() > 200 ? hostile.substring(0, 200) : hostile;
        }
        return id.substring(2).replace('-', ' ');
    }

    private Attributes randomAttributes(Random random, List<AttributeKey<?>> keys) {
        Attributes attributes = Attributes.empty();
        for (AttributeKey<?> key : keys) {
            if (random.nextDouble() < knownRatio) {
                attributes = RandomValues.set(attributes, key, random);
            }
        }
        return attributes;
    }

    private static void layout(List<Node> nodes, List<TrustZone> zones, Map<NodeId, Point> positions,
            Map<ZoneId, ZoneLayout> zoneLayouts) {
        Map<ZoneId, List<Node>> byZone = new HashMap<>();
        for (Node node : nodes) {
            byZone.computeIfAbsent(node.zone().orElseThrow(), z -> new ArrayList<>()).add(node);
        }
        double x = 40;
        for (TrustZone zone : zones) {
            List<Node> members = byZone.getOrDefault(zone.id(), List.of());
            int columns = Math.max(1, (int) Math.ceil(Math.sqrt(members.size())));
            for (int i = 0; i < members.size(); i++) {
                positions.put(members.get(i).id(), new Point(x + 30 + (i % columns) * 200.0,
                        70 + (i / columns) * 100.0));
            }
            double width = Math.max(1, columns) * 200.0 + 40;
            double height = Math.max(1, (members.size() + columns - 1) / columns) * 100.0 + 80;
            zoneLayouts.put(zone.id(), ZoneLayout.of(new Bounds(x, 20, width, height)));
            x += width + 60;
        }
    }

    /** Adds edges with fresh ids and random attributes, skipping self-calls. */
    private final class EdgeFactory {

        private final List<Edge> edges;
        private final Random random;

        EdgeFactory(List<Edge> edges, Random random) {
            this.edges = edges;
            this.random = random;
        }

        void add(NodeId from, NodeId to) {
            if (from.equals(to)) {
                return;
            }
            EdgeId id = new EdgeId(String.format("e-%06d", edges.size()));
            edges.add(new Edge(id, from, to, random.nextInt(4) == 0 ? "call " + edges.size() : "",
                    randomAttributes(random, AttributeCatalog.forElement(ElementType.EDGE))));
        }
    }
}
