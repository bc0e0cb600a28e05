package org.threatmesh.export.kong;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.threatmesh.export.manifest.Coverage;
import org.threatmesh.export.manifest.Deployment;
import org.threatmesh.export.manifest.Deployment.Workload;
import org.threatmesh.export.manifest.Docs;
import org.threatmesh.export.manifest.EdgeGateways;
import org.threatmesh.export.manifest.Hardening;
import org.threatmesh.export.manifest.KubernetesNames;
import org.threatmesh.export.manifest.Peers;
import org.threatmesh.export.manifest.Placeholder;
import org.threatmesh.export.manifest.Resource;
import org.threatmesh.export.manifest.ResourceKind;
import org.threatmesh.model.Edge;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.ApiKeyScope;
import org.threatmesh.model.attr.AuthzLevel;
import org.threatmesh.model.attr.ClientAuthn;
import org.threatmesh.model.attr.EdgeAttributes;
import org.threatmesh.model.attr.GatewayAttributes;
import org.threatmesh.model.attr.GatewayProduct;
import org.threatmesh.model.attr.InfrastructureAttributes;
import org.threatmesh.model.attr.RateLimitKey;
import org.threatmesh.model.attr.TlsMode;

/**
 * Kong declarative configuration (decK) for each Kong gateway: a service and route per modelled call from the
 * gateway, and per modelled client a consumer whose credentials, ACL group and rate limit follow the client's call.
 * Authentication plugins accept any of the modelled methods (each falls back to an anonymous consumer that the ACL
 * then refuses), so a browser with a JWT and an app with an API key can share one route.
 */
public final class KongDeclarativeConfig {

    private static final String RATE_PLACEHOLDER = "REPLACE-ME-requests-per-second";
    private static final String ANONYMOUS = "anonymous";

    private KongDeclarativeConfig() {
    }

    /** Resources plus notes on why nothing (or less) was generated. */
    public record Result(List<Resource> resources, List<String> notes) {
    }

    public static Result build(Deployment deployment) {
        List<Workload> kongs = deployment.workloads().stream()
                .filter(w -> w.node().kind().isGateway())
                .filter(w -> w.node().get(GatewayAttributes.PRODUCT).is(GatewayProduct.KONG)).toList();
        if (kongs.isEmpty()) {
            List<String> gateways = deployment.model().nodes().values().stream().filter(n -> n.kind().isGateway())
                    .map(n -> n.id().value() + " (product " + n.get(GatewayAttributes.PRODUCT) + ")").toList();
            return new Result(List.of(), List.of("No Kong configuration: no gateway in the model has product kong"
                    + (gateways.isEmpty() ? " (the model has no gateway)." : "; gateways: "
                            + String.join(", ", gateways) + ".")));
        }
        List<Resource> resources = new ArrayList<>();
        Map<String, Client> clients = new TreeMap<>();
        for (Workload kong : kongs) {
            for (Edge entry : EdgeGateways.entryCalls(deployment, kong)) {
                Node caller = deployment.node(entry.from());
                clients.computeIfAbsent(caller.id().value(), k -> new Client(caller, new ArrayList<>()))
                        .calls().add(entry);
            }
        }
        Map<String, String> wantedClientNames = new TreeMap<>();
        clients.forEach((id, client) -> wantedClientNames.put(id, client.node().name()));
        Map<String, String> clientNames = KubernetesNames.assign(wantedClientNames, KubernetesNames.MAX_LABEL);
        Set<ClientAuthn> methods = new LinkedHashSet<>();
        clients.values().forEach(c -> c.calls().forEach(e -> authn(e).ifPresent(methods::add)));
        for (Workload kong : kongs) {
            resources.addAll(services(deployment, kong, methods, clientNames, clients));
        }
        clients.forEach((id, client) -> resources.add(consumer(deployment, client, clientNames.get(id))));
        if (methods.size() > 1) {
            resources.add(new Resource(ResourceKind.KONG_CONSUMER, ANONYMOUS, "", Docs.map("username", ANONYMOUS),
                    "Consumer that unauthenticated requests map to; it is in no ACL group, so it is refused.",
                    new Coverage(List.of("MS-SS-1#1"), Set.of("acl"), Set.of()), List.of(), List.of()));
        }
        return new Result(resources, List.of());
    }

    private record Client(Node node, List<Edge> calls) {
    }

    /** The Kong-enforceable credential a call presents: a JWT (also for OIDC) or an API key. */
    private static Optional<ClientAuthn> authn(Edge edge) {
        var authn = edge.get(EdgeAttributes.CLIENT_AUTHN);
        if (authn.isAnyOf(ClientAuthn.JWT, ClientAuthn.OIDC)) {
            return Optional.of(ClientAuthn.JWT);
        }
        if (authn.is(ClientAuthn.API_KEY)) {
            return Optional.of(ClientAuthn.API_KEY);
        }
        return Optional.empty();
    }

    private static List<Resource> services(Deployment deployment, Workload kong, Set<ClientAuthn> methods,
            Map<String, String> clientNames, Map<String, Client> clients) {
        List<Resource> resources = new ArrayList<>();
        Map<String, String> wanted = new TreeMap<>();
        for (Edge route : EdgeGateways.routedCalls(deployment, kong)) {
            deployment.workload(route.to()).ifPresent(b -> wanted.put(route.id().value(), kong.name() + "-" + b.name()));
        }
        Map<String, String> names = KubernetesNames.assign(wanted, KubernetesNames.MAX_LABEL);
        List<String> hosts = EdgeGateways.hosts(kong);
        for (Edge route : EdgeGateways.routedCalls(deployment, kong)) {
            Optional<Workload> backend = deployment.workload(route.to());
            if (backend.isEmpty()) {
                continue;
            }
            String name = names.get(route.id().value());
            List<Placeholder> placeholders = new ArrayList<>();
            Map<String, Object> service = Docs.map("name", name,
                    "protocol", route.get(EdgeAttributes.TLS).is(TlsMode.TLS) ? "https" : "http",
                    "host", backend.get().name() + "." + backend.get().namespace() + ".svc",
                    "port", Peers.port(route).orElse(null));
            route.get(EdgeAttributes.TIMEOUT).asOptional().ifPresent(t -> {
                service.put("connect_timeout", t);
                service.put("read_timeout", t);
                service.put("write_timeout", t);
            });
            route.get(EdgeAttributes.RETRY_ATTEMPTS).asOptional().ifPresent(r -> service.put("retries", r));
            Map<String, Object> kongRoute = Docs.map("name", name, "hosts", hosts.isEmpty() ? null : hosts,
                    "methods", EdgeGateways.httpMethods(route).isEmpty() ? null : EdgeGateways.httpMethods(route),
                    "paths", pathsOf(route), "protocols", List.of("https"), "strip_path", false);
            service.put("routes", List.of(kongRoute));
            List<Object> plugins = new ArrayList<>();
            Set<ElementId> covered = new HashSet<>();
            covered.add(kong.node().id());
            covered.add(route.id());
            List<Hardening> hardening = new ArrayList<>();
            boolean anonymousFallback = methods.size() > 1;
            if (methods.contains(ClientAuthn.JWT)) {
                plugins.add(Docs.map("name", "jwt", "config", Docs.map("claims_to_verify", List.of("exp"),
                        "key_claim_name", "iss", "anonymous", anonymousFallback ? ANONYMOUS : null)));
            }
            if (methods.contains(ClientAuthn.API_KEY)) {
                plugins.add(Docs.map("name", "key-auth", "config", Docs.map("key_names", List.of("apikey"),
                        "hide_credentials", true, "anonymous", anonymousFallback ? ANONYMOUS : null)));
            }
            if (!methods.isEmpty()) {
                plugins.add(Docs.map("name", "acl", "config", Docs.map("allow",
                        List.copyOf(new java.util.TreeSet<>(clientNames.values())), "hide_groups_header", true)));
                if (!kong.node().get(GatewayAttributes.AUTHZ).isAnyOf(AuthzLevel.COARSE, AuthzLevel.FINE)) {
                    hardening.add(new Hardening(kong.node().id(), GatewayAttributes.AUTHZ, AuthzLevel.COARSE));
                }
                for (Client client : clients.values()) {
                    client.calls().forEach(e -> covered.add(e.id()));
                }
            }
            if (!plugins.isEmpty()) {
                service.put("plugins", plugins);
            }
            resources.add(new Resource(ResourceKind.KONG_SERVICE, name, "", service,
                    "Routes call " + route.id().value() + " to " + backend.get().name()
                            + (methods.isEmpty() ? "" : "; requires " + describe(methods)
                                    + " and membership of a modelled client's ACL group") + ".",
                    new Coverage(List.of("MS-SS-1#1", "MS-SS-2#1", "MS-SS-12#1", "SM-DR7"),
                            Set.of("Kong", "jwt", "key-auth", "acl"), covered),
                    placeholders, hardening));
        }
        return resources;
    }

    private static List<String> pathsOf(Edge route) {
        List<String> paths = new ArrayList<>();
        for (EdgeGateways.RoutePath path : EdgeGateways.paths(route)) {
            // Kong matches paths by prefix; a regex (~) anchors exact paths.
            paths.add(path.prefix() ? path.path() : "~" + path.path().replaceAll("([.^$+?()\\[\\]{}|\\\\])", "\\\\$1")
                    + "$");
        }
        return paths.isEmpty() ? List.of("/") : paths;
    }

    private static String describe(Set<ClientAuthn> methods) {
        List<String> names = new ArrayList<>();
        if (methods.contains(ClientAuthn.JWT)) {
            names.add("a JWT signed by the identity provider");
        }
        if (methods.contains(ClientAuthn.API_KEY)) {
            names.add("an API key");
        }
        return String.join(" or ", names);
    }

    private static Resource consumer(Deployment deployment, Client client, String name) {
        Map<String, Object> consumer = new LinkedHashMap<>();
        consumer.put("username", name);
        consumer.put("acls", List.of(Docs.map("group", name)));
        List<Placeholder> placeholders = new ArrayList<>();
        List<Hardening> hardening = new ArrayList<>();
        List<String> references = new ArrayList<>(List.of("MS-SS-1#1", "MS-SS-2#1"));
        Set<String> artefacts = new HashSet<>(Set.of("Kong", "acl"));
        Set<ElementId> covered = new HashSet<>();
        covered.add(client.node().id());
        List<Object> plugins = new ArrayList<>();
        Set<ClientAuthn> kinds = new LinkedHashSet<>();
        client.calls().forEach(e -> authn(e).ifPresent(kinds::add));
        if (kinds.contains(ClientAuthn.API_KEY)) {
            Placeholder key = new Placeholder("REPLACE-ME-api-key-of-" + name,
                    "the API key issued to client " + client.node().id().value() + " (from your secret store)");
            placeholders.add(key);
            consumer.put("keyauth_credentials", List.of(Docs.map("key", key.token())));
        }
        if (kinds.contains(ClientAuthn.JWT)) {
            Optional<Node> idp = deployment.model().nodes().values().stream()
                    .filter(n -> n.kind() == NodeKind.IDENTITY_PROVIDER).findFirst();
            String issuer = idp.flatMap(n -> n.get(InfrastructureAttributes.ISSUER).asOptional()).orElse(null);
            if (issuer == null) {
                Placeholder p = new Placeholder("REPLACE-ME-issuer", "the token issuer (iss claim) of the identity "
                        + "provider, which Kong's jwt plugin matches as the credential key");
                placeholders.add(p);
                issuer = p.token();
            }
            Placeholder publicKey = new Placeholder("REPLACE-ME-rsa-public-key",
                    "the PEM public key the identity provider signs tokens with (from its JWKS)");
            placeholders.add(publicKey);
            // decK requires a secret even for RS256, where Kong verifies with the public key and ignores it.
            Placeholder secret = new Placeholder("REPLACE-ME-unused-rs256-secret",
                    "any random value: decK requires the field, RS256 verification does not use it");
            placeholders.add(secret);
            consumer.put("jwt_secrets", List.of(Docs.map("key", issuer, "algorithm", "RS256",
                    "rsa_public_key", publicKey.token(), "secret", secret.token())));
        }
        for (Edge call : client.calls()) {
            covered.add(call.id());
            boolean apiKey = call.get(EdgeAttributes.CLIENT_AUTHN).is(ClientAuthn.API_KEY);
            if (apiKey && !call.get(EdgeAttributes.API_KEY_APP_RESTRICTED).is(true)) {
                Placeholder cidr = new Placeholder("REPLACE-ME-allowed-cidrs-of-" + name,
                        "the address ranges client " + client.node().id().value() + " may use its API key from");
                placeholders.add(cidr);
                plugins.add(Docs.map("name", "ip-restriction", "config", Docs.map("allow", List.of(cidr.token()))));
                hardening.add(new Hardening(call.id(), EdgeAttributes.API_KEY_APP_RESTRICTED, true));
                references.add("MS-SS-1#3");
                artefacts.add("ip-restriction");
            }
            if (apiKey && !call.get(EdgeAttributes.API_KEY_SCOPE).is(ApiKeyScope.LIMITED)) {
                hardening.add(new Hardening(call.id(), EdgeAttributes.API_KEY_SCOPE, ApiKeyScope.LIMITED));
            }
            if (authn(call).filter(a -> a == ClientAuthn.JWT).isPresent()
                    && !call.get(EdgeAttributes.TOKEN_SIGNED).is(true)) {
                hardening.add(new Hardening(call.id(), EdgeAttributes.TOKEN_SIGNED, true));
            }
        }
        Optional<Map<String, Object>> rateLimit = rateLimit(client, name, placeholders, hardening);
        if (rateLimit.isPresent()) {
            plugins.add(rateLimit.get());
            references.addAll(List.of("MS-SS-8#1", "MS-SS-8#2"));
            artefacts.add("rate-limiting");
        }
        if (!plugins.isEmpty()) {
            consumer.put("plugins", plugins);
        }
        return new Resource(ResourceKind.KONG_CONSUMER, name, "", consumer,
                "Client " + client.node().id().value() + ": its credentials, ACL group"
                        + (plugins.isEmpty() ? "" : ", rate limit and address restriction where modelled") + ".",
                new Coverage(references, artefacts, covered), placeholders, hardening);
    }

    /** Kong rate-limiting for the client: the modelled rate, counted by IP or by consumer as the model says. */
    private static Optional<Map<String, Object>> rateLimit(Client client, String name, List<Placeholder> placeholders,
            List<Hardening> hardening) {
        Optional<Integer> rate = client.calls().stream()
                .flatMap(e -> e.get(EdgeAttributes.RATE_LIMIT).asOptional().stream()).min(Integer::compare);
        Object second;
        if (rate.isPresent()) {
            second = rate.get();
        } else {
            Placeholder p = new Placeholder(RATE_PLACEHOLDER + "-of-" + name,
                    "the requests per second client " + client.node().id().value() + " may make");
            placeholders.add(p);
            second = p.token();
        }
        boolean byIp = client.calls().stream().anyMatch(e -> e.get(EdgeAttributes.RATE_LIMIT_KEY).is(RateLimitKey.IP));
        for (Edge call : client.calls()) {
            if (!call.get(EdgeAttributes.RATE_LIMITED).is(true)) {
                hardening.add(new Hardening(call.id(), EdgeAttributes.RATE_LIMITED, true));
            }
            if (!byIp && !call.get(EdgeAttributes.RATE_LIMIT_KEY).isAnyOf(RateLimitKey.CONSUMER,
                    RateLimitKey.API_KEY, RateLimitKey.CLIENT_ID)) {
                hardening.add(new Hardening(call.id(), EdgeAttributes.RATE_LIMIT_KEY, RateLimitKey.CONSUMER));
            }
        }
        return Optional.of(Docs.map("name", "rate-limiting", "config", Docs.map("second", second,
                "limit_by", byIp ? "ip" : "consumer", "policy", "local")));
    }
}
