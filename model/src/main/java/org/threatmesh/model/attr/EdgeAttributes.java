package org.threatmesh.model.attr;

import java.util.List;

/** Attributes of a call between two nodes (catalog §4, "Edge attributes"). */
public final class EdgeAttributes {

    private static final KeyList KEYS = new KeyList();
    private static final Applies EDGE = Applies.edges();
    private static final int ONE_YEAR_S = 31_536_000;

    public static final AttributeKey<Protocol> PROTOCOL = KEYS.add(AttributeKey.ofEnum(
            "protocol", Protocol.class, EDGE, "Transport", "Application protocol"));
    public static final AttributeKey<Integer> PORT = KEYS.add(AttributeKey.ofInteger(
            "port", "", 1, 65_535, EDGE, "Transport", "Destination port"));
    public static final AttributeKey<Boolean> APP_PROTOCOL_DECLARED = KEYS.add(AttributeKey.ofBoolean(
            "appProtocolDeclared", EDGE, "Transport", "The protocol is declared to the mesh, not sniffed (MS-SS-13#1)"));
    public static final AttributeKey<CallMode> MODE = KEYS.add(AttributeKey.ofEnum(
            "mode", CallMode.class, EDGE, "Transport", "Synchronous request/response or asynchronous messaging"));
    public static final AttributeKey<TlsMode> TLS = KEYS.add(AttributeKey.ofEnum(
            "tls", TlsMode.class, EDGE, "Transport", "Transport protection (MS-SS-4#2)"));
    public static final AttributeKey<Boolean> KEEP_ALIVE = KEYS.add(AttributeKey.ofBoolean(
            "keepAlive", EDGE, "Transport", "Connections are kept alive and reused (MS-SS-4#3)"));
    public static final AttributeKey<Integer> CALLS_PER_SECOND = KEYS.add(AttributeKey.ofInteger(
            "callsPerSecond", "req/s", 0, 10_000_000, EDGE, "Transport", "Typical call rate"));
    public static final AttributeKey<List<String>> METHODS = KEYS.add(AttributeKey.ofTextList(
            "methods", EDGE, "Transport", "HTTP methods or gRPC methods the caller uses"));
    public static final AttributeKey<List<String>> PATHS = KEYS.add(AttributeKey.ofTextList(
            "paths", EDGE, "Transport", "Request paths the caller uses, for example /api/cart/*"));

    public static final AttributeKey<ClientAuthn> CLIENT_AUTHN = KEYS.add(AttributeKey.ofEnum(
            "clientAuthn", ClientAuthn.class, EDGE, "Identity", "How the caller authenticates (MS-SS-1)"));
    public static final AttributeKey<Boolean> TOKEN_SIGNED = KEYS.add(AttributeKey.ofBoolean(
            "tokenSigned", EDGE, "Identity", "Bearer token is signed and verified (MS-SS-1#2)"));
    public static final AttributeKey<Integer> TOKEN_TTL = KEYS.add(AttributeKey.ofInteger(
            "tokenTtl", "s", 0, ONE_YEAR_S, EDGE, "Identity", "Lifetime of the token on this call (MS-SS-1#5)"));
    public static final AttributeKey<Boolean> TOKEN_SINGLE_USE = KEYS.add(AttributeKey.ofBoolean(
            "tokenSingleUse", EDGE, "Identity", "Token can be used only once (MS-SS-1#1)"));
    public static final AttributeKey<TokenKind> TOKEN_KIND = KEYS.add(AttributeKey.ofEnum(
            "tokenKind", TokenKind.class, EDGE, "Identity", "What the token represents (MS-SS-2#5, MS-SS-10#3)"));
    public static final AttributeKey<TokenScope> TOKEN_SCOPE = KEYS.add(AttributeKey.ofEnum(
            "tokenScope", TokenScope.class, EDGE, "Identity", "Audience reach of the token (MS-SS-2#5)"));
    public static final AttributeKey<Boolean> API_KEY_APP_RESTRICTED = KEYS.add(AttributeKey.ofBoolean(
            "apiKeyAppRestricted", EDGE, "Identity",
            "The API key only works from named applications or addresses (MS-SS-1#3)"));
    public static final AttributeKey<ApiKeyScope> API_KEY_SCOPE = KEYS.add(AttributeKey.ofEnum(
            "apiKeyScope", ApiKeyScope.class, EDGE, "Identity", "APIs the key may call (MS-SS-1#3)"));
    public static final AttributeKey<Assurance> API_KEY_ASSURANCE = KEYS.add(AttributeKey.ofEnum(
            "apiKeyAssurance", Assurance.class, EDGE, "Identity", "Proofing assurance behind the key (MS-SS-1#4)"));
    public static final AttributeKey<Privilege> API_KEY_PRIVILEGE = KEYS.add(AttributeKey.ofEnum(
            "apiKeyPrivilege", Privilege.class, EDGE, "Identity", "Functional reach of the key (MS-SS-1#4)"));
    public static final AttributeKey<Boolean> REQUIRES_END_USER_CREDENTIAL = KEYS.add(AttributeKey.ofBoolean(
            "requiresEndUserCredential", EDGE, "Identity",
            "The destination requires an end-user credential on every request (EUAZ-SR-3)"));

    public static final AttributeKey<AuthzLevel> AUTHZ_AT_DESTINATION = KEYS.add(AttributeKey.ofEnum(
            "authzAtDestination", AuthzLevel.class, EDGE, "Authorization",
            "Authorization the destination enforces on this call (MS-SS-2#1)"));
    public static final AttributeKey<AuthzContext> AUTHZ_CONTEXT = KEYS.add(AttributeKey.ofEnum(
            "authzContext", AuthzContext.class, EDGE, "Authorization",
            "How authorization context travels with the call (MS-SS-2#4)"));
    public static final AttributeKey<Boolean> STATE_CHANGING = KEYS.add(AttributeKey.ofBoolean(
            "stateChanging", EDGE, "Authorization", "The call changes state (MS-SS-8#3)"));
    public static final AttributeKey<Boolean> EXPOSES_INTERNAL_TOKEN = KEYS.add(AttributeKey.ofBoolean(
            "exposesInternalTokenToClient", EDGE, "Authorization",
            "Responses return an internal authorization token to the caller (MS-SS-10#3)"));

    public static final AttributeKey<Boolean> RATE_LIMITED = KEYS.add(AttributeKey.ofBoolean(
            "rateLimited", EDGE, "Resilience", "Calls are rate limited (MS-SS-8#1)"));
    public static final AttributeKey<Integer> RATE_LIMIT = KEYS.add(AttributeKey.ofInteger(
            "rateLimit", "req/s", 1, 10_000_000, EDGE, "Resilience", "Allowed call rate"));
    public static final AttributeKey<RateLimitKey> RATE_LIMIT_KEY = KEYS.add(AttributeKey.ofEnum(
            "rateLimitKey", RateLimitKey.class, EDGE, "Resilience", "What the limit counts by (MS-SS-8#2)"));
    public static final AttributeKey<Boolean> RATE_LIMIT_PLAN_BASED = KEYS.add(AttributeKey.ofBoolean(
            "rateLimitPlanBased", EDGE, "Resilience", "Limits come from an API usage plan (MS-SS-8#2)"));
    public static final AttributeKey<CircuitBreakerPlacement> CIRCUIT_BREAKER = KEYS.add(AttributeKey.ofEnum(
            "circuitBreaker", CircuitBreakerPlacement.class, EDGE, "Resilience", "Circuit breaker placement (MS-SS-6)"));
    public static final AttributeKey<Integer> TIMEOUT = KEYS.add(AttributeKey.ofInteger(
            "timeout", "ms", 1, 3_600_000, EDGE, "Resilience", "Request timeout"));
    public static final AttributeKey<Integer> RETRY_ATTEMPTS = KEYS.add(AttributeKey.ofInteger(
            "retryAttempts", "", 0, 100, EDGE, "Resilience", "Retries after a failed attempt"));
    public static final AttributeKey<Integer> RETRY_PER_TRY_TIMEOUT = KEYS.add(AttributeKey.ofInteger(
            "retryPerTryTimeout", "ms", 1, 3_600_000, EDGE, "Resilience", "Timeout of each retry attempt"));
    public static final AttributeKey<Boolean> RETRY_BUDGET = KEYS.add(AttributeKey.ofBoolean(
            "retryBudget", EDGE, "Resilience", "Retries are capped by a budget"));
    public static final AttributeKey<Boolean> CONNECTION_LIMITS = KEYS.add(AttributeKey.ofBoolean(
            "connectionLimits", EDGE, "Resilience",
            "Connection and request limits are set for this call, even when their values are not modelled (MS-SS-13#1)"));
    public static final AttributeKey<Integer> MAX_CONNECTIONS = KEYS.add(AttributeKey.ofInteger(
            "maxConnections", "", 1, 1_000_000, EDGE, "Resilience", "Connection pool limit (MS-SS-13#1)"));
    public static final AttributeKey<Integer> MAX_PENDING_REQUESTS = KEYS.add(AttributeKey.ofInteger(
            "maxPendingRequests", "", 1, 1_000_000, EDGE, "Resilience", "Pending request limit (MS-SS-13#1)"));

    public static final AttributeKey<List<String>> DATA_CARRIED = KEYS.add(AttributeKey.ofTextList(
            "dataCarried", EDGE, "Data", "What data the call carries, for example card numbers"));
    public static final AttributeKey<Sensitivity> DATA_SENSITIVITY = KEYS.add(AttributeKey.ofEnum(
            "dataSensitivity", Sensitivity.class, EDGE, "Data", "Most sensitive data the call carries"));

    private EdgeAttributes() {
    }

    /** Every key declared here, in declaration order. */
    public static List<AttributeKey<?>> all() {
        return KEYS.view();
    }
}
