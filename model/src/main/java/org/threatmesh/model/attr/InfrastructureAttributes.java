package org.threatmesh.model.attr;

import static org.threatmesh.model.NodeKind.AUTHZ_SERVER;
import static org.threatmesh.model.NodeKind.DATASTORE;
import static org.threatmesh.model.NodeKind.DNS_RESOLVER;
import static org.threatmesh.model.NodeKind.EXTERNAL_CLIENT;
import static org.threatmesh.model.NodeKind.EXTERNAL_SERVICE;
import static org.threatmesh.model.NodeKind.IDENTITY_PROVIDER;
import static org.threatmesh.model.NodeKind.LOAD_BALANCER;
import static org.threatmesh.model.NodeKind.MESSAGE_BROKER;
import static org.threatmesh.model.NodeKind.MONITORING;
import static org.threatmesh.model.NodeKind.SECRET_STORE;
import static org.threatmesh.model.NodeKind.SERVICE_REGISTRY;
import static org.threatmesh.model.NodeKind.SESSION_STORE;
import static org.threatmesh.model.NodeKind.WAF_BOT_MANAGER;

import java.util.List;

/**
 * Attributes of the supporting infrastructure: registries, identity components, stores, load balancers, DNS,
 * monitoring, WAFs and the outside world.
 */
public final class InfrastructureAttributes {

    private static final KeyList KEYS = new KeyList();
    private static final Applies REGISTRY = Applies.nodes(SERVICE_REGISTRY);
    private static final Applies IDP = Applies.nodes(IDENTITY_PROVIDER);
    private static final Applies STORES = Applies.nodes(DATASTORE, SESSION_STORE, MESSAGE_BROKER, SECRET_STORE);

    public static final AttributeKey<RegistryHosting> REGISTRY_HOSTING = KEYS.add(AttributeKey.ofEnum(
            "hosting", RegistryHosting.class, REGISTRY, "Discovery", "Where the registry runs (MS-SS-3#1)"));
    public static final AttributeKey<Boolean> REGISTRY_QOS = KEYS.add(AttributeKey.ofBoolean(
            "qos", REGISTRY, "Discovery", "Runs with guaranteed resources and priority (MS-SS-3#2)"));
    public static final AttributeKey<Boolean> REGISTRY_DISTRIBUTED = KEYS.add(AttributeKey.ofBoolean(
            "distributed", REGISTRY, "Discovery", "Registry is distributed across instances (MS-SS-3#7)"));
    public static final AttributeKey<Consistency> REGISTRY_CONSISTENCY = KEYS.add(AttributeKey.ofEnum(
            "consistency", Consistency.class, REGISTRY, "Discovery",
            "How a distributed registry keeps instances consistent (MS-SS-3#7)"));
    public static final AttributeKey<Boolean> REGISTRATION_AUTHZ = KEYS.add(AttributeKey.ofBoolean(
            "registrationAuthz", REGISTRY, "Discovery",
            "Only legitimate services may register or refresh (MS-SS-3#4)"));
    public static final AttributeKey<Boolean> QUERY_AUTHZ = KEYS.add(AttributeKey.ofBoolean(
            "queryAuthz", REGISTRY, "Discovery", "Only legitimate services may query (MS-SS-3#4)"));

    public static final AttributeKey<String> ISSUER = KEYS.add(AttributeKey.ofText(
            "issuer", IDP, "Identity", "Token issuer URL (used for RequestAuthentication)"));
    public static final AttributeKey<String> JWKS_URI = KEYS.add(AttributeKey.ofText(
            "jwksUri", IDP, "Identity", "URL of the signing keys (used for RequestAuthentication)"));
    public static final AttributeKey<Integer> ACCESS_TOKEN_TTL = KEYS.add(AttributeKey.ofInteger(
            "accessTokenTtl", "s", 0, 31_536_000, IDP, "Identity", "Lifetime of issued access tokens"));
    public static final AttributeKey<Boolean> INSECURE_GRANTS = KEYS.add(AttributeKey.ofBoolean(
            "insecureGrants", IDP, "Identity",
            "Implicit or password grant is enabled for public clients (MS-SS-1#6)"));
    public static final AttributeKey<Boolean> PKCE_REQUIRED = KEYS.add(AttributeKey.ofBoolean(
            "pkceRequired", IDP, "Identity", "PKCE is required for authorization-code clients (MS-SS-1#6)"));
    public static final AttributeKey<Boolean> WILDCARD_REDIRECTS = KEYS.add(AttributeKey.ofBoolean(
            "wildcardRedirects", IDP, "Identity", "Redirect URIs with wildcards are allowed (MS-SS-1#6)"));
    public static final AttributeKey<Boolean> TOKENS_IN_URL = KEYS.add(AttributeKey.ofBoolean(
            "tokensInUrl", IDP, "Identity", "Tokens are sent in URLs (MS-SS-1#6)"));
    public static final AttributeKey<Boolean> FINE_GRAINED_POLICIES = KEYS.add(AttributeKey.ofBoolean(
            "fineGrainedPolicies", Applies.nodes(AUTHZ_SERVER), "Authorization",
            "Can express fine-grained, attribute-level policies (MS-SS-2#3)"));

    public static final AttributeKey<Boolean> ENCRYPTION_AT_REST = KEYS.add(AttributeKey.ofBoolean(
            "encryptionAtRest", STORES, "Data", "Data is encrypted at rest"));
    public static final AttributeKey<Boolean> AUTH_REQUIRED = KEYS.add(AttributeKey.ofBoolean(
            "authRequired", STORES, "Identity", "Clients must authenticate (AUTH, ACLs, SASL)"));
    public static final AttributeKey<String> TECHNOLOGY = KEYS.add(AttributeKey.ofText(
            "technology", Applies.nodes(DATASTORE, SESSION_STORE, MESSAGE_BROKER, SECRET_STORE, MONITORING,
                    SERVICE_REGISTRY, IDENTITY_PROVIDER, LOAD_BALANCER, WAF_BOT_MANAGER, EXTERNAL_SERVICE),
            "General", "Product or technology, for example PostgreSQL or Kafka"));

    public static final AttributeKey<HealthCheckMode> HEALTH_CHECK = KEYS.add(AttributeKey.ofEnum(
            "healthCheck", HealthCheckMode.class, Applies.nodes(LOAD_BALANCER), "Resilience",
            "How backend health is learnt (MS-SS-7#1)"));
    public static final AttributeKey<Boolean> HEALTH_INTEGRATED = KEYS.add(AttributeKey.ofBoolean(
            "healthIntegrated", Applies.nodes(DNS_RESOLVER), "Resilience",
            "Answers include only healthy instances (MS-SS-7#3)"));

    public static final AttributeKey<MonitoringRole> MONITORING_ROLE = KEYS.add(AttributeKey.ofEnum(
            "role", MonitoringRole.class, Applies.nodes(MONITORING), "Monitoring", "What the monitoring node does"));
    public static final AttributeKey<Boolean> BASELINE = KEYS.add(AttributeKey.ofBoolean(
            "baseline", Applies.nodes(MONITORING), "Monitoring",
            "Detects deviations from a baseline of normal behaviour (MS-SS-5#3)"));
    public static final AttributeKey<Boolean> COVERS_EAST_WEST = KEYS.add(AttributeKey.ofBoolean(
            "coversEastWest", Applies.nodes(MONITORING), "Monitoring",
            "An IDS that sees east-west traffic (MS-SS-5#3)"));
    public static final AttributeKey<Boolean> DDOS_DETECTION = KEYS.add(AttributeKey.ofBoolean(
            "ddosDetection", Applies.nodes(MONITORING, WAF_BOT_MANAGER, LOAD_BALANCER), "Monitoring",
            "Detects denial of service and distributed probing at the boundary (MS-SS-11#3)"));

    public static final AttributeKey<ClientType> CLIENT_TYPE = KEYS.add(AttributeKey.ofEnum(
            "clientType", ClientType.class, Applies.nodes(EXTERNAL_CLIENT), "General", "Who the client is"));
    public static final AttributeKey<String> HOST = KEYS.add(AttributeKey.ofText(
            "host", Applies.nodes(EXTERNAL_SERVICE), "General", "DNS name of the external service (SM-DR8)"));

    private InfrastructureAttributes() {
    }

    /** Every key declared here, in declaration order. */
    public static List<AttributeKey<?>> all() {
        return KEYS.view();
    }
}
