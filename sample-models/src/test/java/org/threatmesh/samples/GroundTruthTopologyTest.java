package org.threatmesh.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.threatmesh.model.Edge;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.attr.EdgeAttributes;
import org.threatmesh.model.attr.Protocol;

/**
 * Checks the real-application samples against the ground truth of shared/realworld: the expected-topology.json of
 * each application is copied unchanged to {@code src/test/resources/org/threatmesh/samples/groundtruth/}. Every node
 * and call listed there must be in the sample (with its port and protocol), except for the deliberate exclusions
 * below; no call between two ground-truth nodes may be invented; dangling references must not become elements.
 */
class GroundTruthTopologyTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One real sample and how its ground-truth names map to model ids.
     *
     * @param excluded ground-truth nodes deliberately left out, with the reason; their calls are left out too
     */
    record App(String sample, Map<String, String> ids, Map<String, String> excluded) {
        @Override
        public String toString() {
            return sample;
        }
    }

    static Stream<App> apps() {
        return Stream.of(
                new App("online-boutique", ordered(
                        "frontend", "n-frontend",
                        "adservice", "n-adservice",
                        "cartservice", "n-cartservice",
                        "checkoutservice", "n-checkoutservice",
                        "currencyservice", "n-currencyservice",
                        "emailservice", "n-emailservice",
                        "paymentservice", "n-paymentservice",
                        "productcatalogservice", "n-productcatalogservice",
                        "recommendationservice", "n-recommendationservice",
                        "shippingservice", "n-shippingservice",
                        "redis-cart", "n-redis-cart",
                        "loadgenerator", "n-loadgenerator"),
                        Map.of()),
                new App("sock-shop", ordered(
                        "front-end", "n-front-end",
                        "catalogue", "n-catalogue",
                        "carts", "n-carts",
                        "orders", "n-orders",
                        "payment", "n-payment",
                        "shipping", "n-shipping",
                        "queue-master", "n-queue-master",
                        "user", "n-user",
                        "carts-db", "n-carts-db",
                        "orders-db", "n-orders-db",
                        "user-db", "n-user-db",
                        "catalogue-db", "n-catalogue-db",
                        "session-db", "n-session-db",
                        "rabbitmq", "n-rabbitmq"),
                        Map.of("edge-router", "exists only in the docker-compose deployment; the sample models the "
                                        + "Kubernetes deployment (complete-demo.yaml), where front-end is a NodePort",
                                "user-sim", "load test of the docker-compose deployment only")),
                new App("bookinfo", ordered(
                        "productpage", "n-productpage",
                        "details", "n-details",
                        "reviews", "n-reviews",
                        "ratings", "n-ratings"),
                        Map.of("mongodb", "optional add-on (bookinfo-db.yaml, used only by ratings-v2); the sample "
                                        + "models the default bookinfo.yaml deployment",
                                "mysqldb", "optional add-on (bookinfo-mysql.yaml, used only by ratings-v2-mysql)")),
                new App("eshoponcontainers", ordered(
                        "identity-api", "n-identity-api",
                        "basket-api", "n-basket-api",
                        "catalog-api", "n-catalog-api",
                        "ordering-api", "n-ordering-api",
                        "ordering-backgroundtasks", "n-ordering-backgroundtasks",
                        "ordering-signalrhub", "n-ordering-signalrhub",
                        "payment-api", "n-payment-api",
                        "webhooks-api", "n-webhooks-api",
                        "webshoppingagg", "n-webshoppingagg",
                        "mobileshoppingagg", "n-mobileshoppingagg",
                        "webshoppingapigw", "n-webshoppingapigw",
                        "mobileshoppingapigw", "n-mobileshoppingapigw",
                        "webmvc", "n-webmvc",
                        "webspa", "n-webspa",
                        "webstatus", "n-webstatus",
                        "webhooks-client", "n-webhooks-client",
                        "sqldata", "n-sqldata",
                        "basketdata", "n-basketdata",
                        "nosqldata", "n-nosqldata",
                        "rabbitmq", "n-rabbitmq",
                        "seq", "n-seq"),
                        Map.of()));
    }

    /** Which node kinds may stand for a ground-truth kind. */
    private static final Map<String, Set<NodeKind>> KINDS = Map.of(
            "service", EnumSet.of(NodeKind.SERVICE, NodeKind.IDENTITY_PROVIDER),
            "datastore", EnumSet.of(NodeKind.DATASTORE, NodeKind.SESSION_STORE),
            "broker", EnumSet.of(NodeKind.MESSAGE_BROKER),
            "gateway", EnumSet.of(NodeKind.API_GATEWAY, NodeKind.INGRESS_GATEWAY),
            "frontend", EnumSet.of(NodeKind.SERVICE, NodeKind.MONITORING),
            "telemetry", EnumSet.of(NodeKind.MONITORING),
            "client", EnumSet.of(NodeKind.EXTERNAL_CLIENT));

    @ParameterizedTest
    @MethodSource("apps")
    void theMappingCoversEveryGroundTruthNodeOnce(App app) throws IOException {
        List<String> names = new ArrayList<>();
        truth(app).path("nodes").forEach(node -> names.add(node.path("name").asText()));
        List<String> mapped = new ArrayList<>(app.ids().keySet());
        mapped.addAll(app.excluded().keySet());
        assertThat(mapped).containsExactlyInAnyOrderElementsOf(names);
        assertThat(app.ids().values()).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @MethodSource("apps")
    void everyGroundTruthNodeIsModelledWithAFittingKind(App app) throws IOException {
        ThreatModel model = sample(app);
        for (JsonNode expected : truth(app).path("nodes")) {
            String name = expected.path("name").asText();
            if (app.excluded().containsKey(name)) {
                continue;
            }
            Node node = model.node(NodeId.of(app.ids().get(name)))
                    .orElseThrow(() -> new AssertionError(app + ": no node " + app.ids().get(name) + " for " + name));
            String kind = expected.path("kind").asText();
            assertThat(KINDS).as("unknown ground-truth kind " + kind).containsKey(kind);
            assertThat(KINDS.get(kind)).as(app + ": kind of " + name).contains(node.kind());
        }
    }

    @ParameterizedTest
    @MethodSource("apps")
    void everyGroundTruthCallIsModelledWithItsPortAndProtocol(App app) throws IOException {
        ThreatModel model = sample(app);
        int checked = 0;
        for (JsonNode expected : truth(app).path("edges")) {
            String from = expected.path("from").asText();
            String to = expected.path("to").asText();
            if (app.excluded().containsKey(from) || app.excluded().containsKey(to)) {
                continue;
            }
            int port = expected.path("port").asInt();
            Protocol protocol = protocol(expected.path("protocol").asText());
            Edge edge = find(model, app.ids().get(from), app.ids().get(to), port);
            if (edge == null) {
                fail(app + ": missing call " + from + " -> " + to + " :" + port);
            }
            assertThat(edge.get(EdgeAttributes.PROTOCOL).asOptional())
                    .as(app + ": protocol of " + edge.id()).contains(protocol);
            checked++;
        }
        assertThat(checked).isPositive();
    }

    @ParameterizedTest
    @MethodSource("apps")
    void noCallBetweenGroundTruthNodesIsInvented(App app) throws IOException {
        ThreatModel model = sample(app);
        Map<String, String> names = new LinkedHashMap<>();
        app.ids().forEach((name, id) -> names.put(id, name));
        List<String> known = new ArrayList<>();
        truth(app).path("edges").forEach(edge -> known.add(edge.path("from").asText() + "->"
                + edge.path("to").asText() + ":" + edge.path("port").asInt()));
        for (Edge edge : model.edges().values()) {
            String from = names.get(edge.from().value());
            String to = names.get(edge.to().value());
            if (from == null || to == null) {
                continue; // a call from or to an element the ground truth does not list (client, load balancer, ...)
            }
            int port = edge.get(EdgeAttributes.PORT).asOptional().orElse(-1);
            assertThat(known).as(app + ": " + edge.id() + " is not in the ground truth").contains(from + "->" + to + ":" + port);
        }
    }

    @ParameterizedTest
    @MethodSource("apps")
    void danglingReferencesDoNotBecomeNodesOrCalls(App app) throws IOException {
        ThreatModel model = sample(app);
        for (JsonNode dangling : truth(app).path("dangling_references")) {
            String to = dangling.path("to").asText();
            for (String from : dangling.path("from").asText().split(",\\s*")) {
                if (from.startsWith("(")) {
                    continue; // not a workload, e.g. "(NetworkPolicy)"
                }
                if (app.ids().containsKey(to)) {
                    String fromId = app.ids().get(from);
                    String toId = app.ids().get(to);
                    assertThat(model.edges().values())
                            .as(app + ": " + from + " -> " + to + " is " + dangling.path("evidence").asText())
                            .noneMatch(edge -> edge.from().value().equals(fromId) && edge.to().value().equals(toId));
                } else {
                    String host = to.split("\\.")[0];
                    assertThat(model.nodes().values()).as(app + ": dangling " + to)
                            .noneMatch(node -> node.name().contains(host) || node.id().value().contains(host));
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("apps")
    void theDescriptionCitesSourceCommitAndLicence(App app) throws IOException {
        JsonNode source = truth(app).path("source");
        String description = sample(app).info().description();
        assertThat(description).contains(source.path("repo").asText())
                .contains(source.path("commit").asText())
                .contains(source.path("license").asText());
    }

    private static Edge find(ThreatModel model, String from, String to, int port) {
        for (Edge edge : model.edges().values()) {
            if (edge.from().value().equals(from) && edge.to().value().equals(to)
                    && edge.get(EdgeAttributes.PORT).is(port)) {
                return edge;
            }
        }
        return null;
    }

    /** The model protocol for a ground-truth protocol such as "grpc (+http :80)" or "tds (SQL Server)". */
    private static Protocol protocol(String text) {
        String first = text.split("[ (]")[0];
        return switch (first) {
            case "http" -> Protocol.HTTP;
            case "grpc" -> Protocol.GRPC;
            case "redis" -> Protocol.REDIS;
            case "mongodb" -> Protocol.MONGODB;
            case "amqp" -> Protocol.AMQP;
            case "mysql", "tds" -> Protocol.SQL;
            default -> throw new AssertionError("no protocol mapping for ground-truth protocol " + text);
        };
    }

    private static ThreatModel sample(App app) {
        return SampleCatalog.find(app.sample()).orElseThrow().load();
    }

    private static JsonNode truth(App app) throws IOException {
        String resource = "/org/threatmesh/samples/groundtruth/" + app.sample() + ".expected-topology.json";
        try (InputStream in = GroundTruthTopologyTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return JSON.readTree(in);
        }
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
