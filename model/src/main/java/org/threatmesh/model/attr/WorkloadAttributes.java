package org.threatmesh.model.attr;

import static org.threatmesh.model.NodeKind.API_GATEWAY;
import static org.threatmesh.model.NodeKind.AUTHZ_SERVER;
import static org.threatmesh.model.NodeKind.IDENTITY_PROVIDER;
import static org.threatmesh.model.NodeKind.SERVICE;
import static org.threatmesh.model.NodeKind.TOKEN_SERVICE;

import java.util.List;
import org.threatmesh.model.NodeKind;

/**
 * Attributes of workloads that serve application APIs: services and, where the catalog's rules need them, gateways
 * and identity components. Names follow §4 of the SP 800-204 catalog in camel case.
 */
public final class WorkloadAttributes {

    private static final KeyList KEYS = new KeyList();
    private static final Applies API_SERVERS = Applies.nodes(NodeKind.API_SERVERS);
    private static final Applies SERVICES = Applies.nodes(SERVICE);
    private static final Applies DATA = Applies.nodes(NodeKind.DATA_HOLDERS);
    private static final Applies WORKLOADS = Applies.nodes(NodeKind.WORKLOADS);
    private static final Applies LOGIN_CAPABLE = Applies.nodes(SERVICE, API_GATEWAY, IDENTITY_PROVIDER);

    public static final AttributeKey<Sensitivity> DATA_SENSITIVITY = KEYS.add(AttributeKey.ofEnum(
            "dataSensitivity", Sensitivity.class, DATA, "Data", "Most sensitive data this element holds or serves"));
    public static final AttributeKey<Boolean> HIGH_SECURITY = KEYS.add(AttributeKey.ofBoolean(
            "highSecurity", API_SERVERS, "Data", "Service is designated high-security (MS-SS-1#1, MS-SS-8#3)"));
    public static final AttributeKey<Exposure> EXPOSURE = KEYS.add(AttributeKey.ofEnum(
            "exposure", Exposure.class, API_SERVERS, "Data", "API class: public, partner or private (§2.6)"));

    public static final AttributeKey<Boolean> RELIES_ON_GATEWAY_AUTHN = KEYS.add(AttributeKey.ofBoolean(
            "reliesOnGatewayAuthn", API_SERVERS, "Authorization",
            "Service does no authentication of its own and trusts the gateway (MS-SS-2#6)"));
    public static final AttributeKey<AuthzLevel> AUTHZ_LOCAL = KEYS.add(AttributeKey.ofEnum(
            "authzLocal", AuthzLevel.class, API_SERVERS, "Authorization",
            "Authorization the service itself enforces (MS-SS-2#1)"));
    public static final AttributeKey<PolicyCache> POLICY_CACHE = KEYS.add(AttributeKey.ofEnum(
            "policyCache", PolicyCache.class, API_SERVERS, "Authorization", "Use of cached policy data (MS-SS-2#2)"));
    public static final AttributeKey<Integer> POLICY_CACHE_TTL = KEYS.add(AttributeKey.ofInteger(
            "policyCacheTtl", "s", 0, 31_536_000, API_SERVERS, "Authorization",
            "Lifetime of cached policy data (MS-SS-2#2)"));
    public static final AttributeKey<Boolean> AUTHZ_FAIL_OPEN = KEYS.add(AttributeKey.ofBoolean(
            "authzFailOpen", API_SERVERS, "Authorization",
            "Requests are allowed when the access server cannot be reached (MS-SS-2#2)"));
    public static final AttributeKey<JwtKeySource> JWT_KEY_SOURCE = KEYS.add(AttributeKey.ofEnum(
            "jwtKeySource", JwtKeySource.class, API_SERVERS, "Identity",
            "Where the JWT signing or verification key comes from (MS-SS-1#5)"));

    public static final AttributeKey<Registration> REGISTRATION = KEYS.add(AttributeKey.ofEnum(
            "registration", Registration.class, SERVICES, "Discovery", "How instances are registered (MS-SS-3#5)"));
    public static final AttributeKey<Boolean> REGISTRATION_HEALTH_GATED = KEYS.add(AttributeKey.ofBoolean(
            "registrationHealthGated", SERVICES, "Discovery",
            "Registration happens only after a health check (MS-SS-3#6)"));
    public static final AttributeKey<DiscoveryPattern> DISCOVERY = KEYS.add(AttributeKey.ofEnum(
            "discovery", DiscoveryPattern.class, API_SERVERS, "Discovery",
            "How this workload's callers find it (§4.2)"));

    public static final AttributeKey<List<ServiceVersion>> VERSIONS = KEYS.add(AttributeKey.ofVersions(
            "versions", SERVICES, "Release", "Deployed versions with traffic weights (MS-SS-9)"));
    public static final AttributeKey<RolloutStrategy> ROLLOUT = KEYS.add(AttributeKey.ofEnum(
            "rollout", RolloutStrategy.class, SERVICES, "Release", "How traffic ramps to a new version (MS-SS-9#2)"));
    public static final AttributeKey<Boolean> ROLLOUT_METRICS_GATED = KEYS.add(AttributeKey.ofBoolean(
            "rolloutMetricsGated", SERVICES, "Release",
            "Promotion is gated on error-rate, latency and functional checks (MS-SS-9#3)"));
    public static final AttributeKey<VersionSelection> VERSION_SELECTION = KEYS.add(AttributeKey.ofEnum(
            "versionSelection", VersionSelection.class, SERVICES, "Release",
            "How clients may choose a version during a canary (MS-SS-9#4)"));

    public static final AttributeKey<SessionAffinity> SESSION_AFFINITY = KEYS.add(AttributeKey.ofEnum(
            "sessionAffinity", SessionAffinity.class, API_SERVERS, "Sessions", "Session persistence (MS-SS-10)"));
    public static final AttributeKey<SessionState> SESSION_STATE = KEYS.add(AttributeKey.ofEnum(
            "sessionState", SessionState.class, API_SERVERS, "Sessions",
            "Where client session state is kept (MS-SS-10#1)"));
    public static final AttributeKey<Boolean> AFFINITY_COOKIE_SECURE = KEYS.add(AttributeKey.ofBoolean(
            "affinityCookieSecure", API_SERVERS, "Sessions", "Sticky cookie has the Secure flag (MS-SS-10#2)"));
    public static final AttributeKey<Boolean> AFFINITY_COOKIE_HTTP_ONLY = KEYS.add(AttributeKey.ofBoolean(
            "affinityCookieHttpOnly", API_SERVERS, "Sessions", "Sticky cookie has the HttpOnly flag (MS-SS-10#2)"));
    public static final AttributeKey<Boolean> AFFINITY_COOKIE_OPAQUE = KEYS.add(AttributeKey.ofBoolean(
            "affinityCookieOpaque", API_SERVERS, "Sessions",
            "Sticky cookie value reveals no server identity (MS-SS-10#2)"));

    public static final AttributeKey<ReplayProtection> REPLAY_PROTECTION = KEYS.add(AttributeKey.ofEnum(
            "replayProtection", ReplayProtection.class, API_SERVERS, "Abuse protection",
            "Share of requests checked for replay (MS-SS-8#3)"));
    public static final AttributeKey<Boolean> LOGIN_ENDPOINT = KEYS.add(AttributeKey.ofBoolean(
            "loginEndpoint", LOGIN_CAPABLE, "Abuse protection", "Offers a login endpoint (MS-SS-11#1)"));
    public static final AttributeKey<Boolean> LOGIN_THROTTLE = KEYS.add(AttributeKey.ofBoolean(
            "loginThrottle", LOGIN_CAPABLE, "Abuse protection",
            "Login attempts are throttled per origin or account (MS-SS-11#1)"));
    public static final AttributeKey<Boolean> BREACHED_CREDENTIAL_CHECK = KEYS.add(AttributeKey.ofBoolean(
            "breachedCredentialCheck", LOGIN_CAPABLE, "Abuse protection",
            "Logins are checked against breached-credential data (MS-SS-11#2)"));
    public static final AttributeKey<Boolean> FILE_UPLOAD = KEYS.add(AttributeKey.ofBoolean(
            "fileUpload", API_SERVERS, "Abuse protection", "Accepts file uploads (MS-SS-11#4)"));
    public static final AttributeKey<Boolean> MALWARE_SCAN = KEYS.add(AttributeKey.ofBoolean(
            "malwareScan", API_SERVERS, "Abuse protection", "Uploaded files are scanned for malware (MS-SS-11#4)"));
    public static final AttributeKey<Boolean> RUNTIME_SCANNING = KEYS.add(AttributeKey.ofBoolean(
            "runtimeScanning", WORKLOADS, "Abuse protection",
            "Container memory and file system are scanned for resident malware (MS-SS-11#4)"));
    public static final AttributeKey<Boolean> INPUT_VALIDATION = KEYS.add(AttributeKey.ofBoolean(
            "inputValidation", API_SERVERS, "Abuse protection",
            "Validates input in code against injection and similar attacks (§3.2)"));

    public static final AttributeKey<Boolean> LOGS_INPUT_VALIDATION = KEYS.add(AttributeKey.ofBoolean(
            "logsInputValidationErrors", API_SERVERS, "Monitoring", "Logs input-validation errors (MS-SS-5#1)"));
    public static final AttributeKey<Boolean> LOGS_EXTRA_PARAMS = KEYS.add(AttributeKey.ofBoolean(
            "logsUnexpectedParameters", API_SERVERS, "Monitoring", "Logs unexpected extra parameters (MS-SS-5#1)"));
    public static final AttributeKey<Boolean> LOGS_CRASHES = KEYS.add(AttributeKey.ofBoolean(
            "logsCrashes", API_SERVERS, "Monitoring", "Logs crashes (MS-SS-5#1)"));
    public static final AttributeKey<Boolean> LOGS_CORE_DUMPS = KEYS.add(AttributeKey.ofBoolean(
            "logsCoreDumps", API_SERVERS, "Monitoring", "Captures core dumps (MS-SS-5#1)"));
    public static final AttributeKey<Boolean> PROPAGATES_TRACE_HEADERS = KEYS.add(AttributeKey.ofBoolean(
            "propagatesTraceHeaders", API_SERVERS, "Monitoring",
            "Propagates the trace headers it receives (SM-DR24)"));
    public static final AttributeKey<Boolean> TOKEN_REUSE_DETECTION = KEYS.add(AttributeKey.ofBoolean(
            "tokenReuseDetection", Applies.nodes(API_GATEWAY, NodeKind.INGRESS_GATEWAY, SERVICE,
                    NodeKind.MONITORING, NodeKind.MESH_CONTROL_PLANE), "Monitoring",
            "Detects reuse of bearer tokens (MS-SS-5#1, MS-SS-11#1)"));

    public static final AttributeKey<MeshMode> MESH_MODE = KEYS.add(AttributeKey.ofEnum(
            "meshMode", MeshMode.class, Applies.nodes(SERVICE, API_GATEWAY, IDENTITY_PROVIDER, AUTHZ_SERVER,
                    TOKEN_SERVICE, NodeKind.SERVICE_REGISTRY), "Deployment", "Mesh data-plane participation"));
    public static final AttributeKey<ServiceExposureType> EXPOSED_AS = KEYS.add(AttributeKey.ofEnum(
            "exposedAs", ServiceExposureType.class, WORKLOADS, "Deployment",
            "How the orchestrator exposes the workload (R204-4.1)"));
    public static final AttributeKey<Boolean> APP_BINDS_LOOPBACK = KEYS.add(AttributeKey.ofBoolean(
            "appBindsLoopback", SERVICES, "Deployment",
            "The application listens only on loopback behind its proxy (SM-DR6)"));
    public static final AttributeKey<String> SERVICE_ACCOUNT = KEYS.add(AttributeKey.ofText(
            "serviceAccount", WORKLOADS, "Deployment", "Kubernetes service account the workload runs as"));
    public static final AttributeKey<RbacPrivilege> SERVICE_ACCOUNT_PRIVILEGE = KEYS.add(AttributeKey.ofEnum(
            "serviceAccountPrivilege", RbacPrivilege.class, WORKLOADS, "Deployment",
            "RBAC reach of the service account (MS-SS-13#3)"));
    public static final AttributeKey<Boolean> CAN_WRITE_MESH_CONFIG = KEYS.add(AttributeKey.ofBoolean(
            "canWriteMeshConfig", WORKLOADS, "Deployment",
            "The service account may write mesh configuration resources (MS-SS-13#3)"));
    public static final AttributeKey<Integer> REPLICAS = KEYS.add(AttributeKey.ofInteger(
            "replicas", "", 0, 10_000, WORKLOADS, "Deployment", "Number of running instances"));
    public static final AttributeKey<Boolean> RESOURCE_LIMITS = KEYS.add(AttributeKey.ofBoolean(
            "resourceLimits", WORKLOADS, "Deployment", "CPU and memory limits are set (MS-SS-13#4)"));
    public static final AttributeKey<Boolean> RUNS_AS_ROOT = KEYS.add(AttributeKey.ofBoolean(
            "runsAsRoot", WORKLOADS, "Deployment", "Containers run as root (AHLC-SR-1)"));
    public static final AttributeKey<Boolean> HOST_PATH_VOLUMES = KEYS.add(AttributeKey.ofBoolean(
            "hostPathVolumes", WORKLOADS, "Deployment", "Pods mount hostPath volumes (AHLC-SR-2)"));
    public static final AttributeKey<Boolean> READ_ONLY_ROOT_FS = KEYS.add(AttributeKey.ofBoolean(
            "readOnlyRootFilesystem", WORKLOADS, "Deployment", "Root file system is read-only (AHLC-SR-3)"));
    public static final AttributeKey<Boolean> ALLOW_PRIVILEGE_ESCALATION = KEYS.add(AttributeKey.ofBoolean(
            "allowPrivilegeEscalation", WORKLOADS, "Deployment", "Privilege escalation is allowed (AHLC-SR-4)"));

    private WorkloadAttributes() {
    }

    /** Every key declared here, in declaration order. */
    public static List<AttributeKey<?>> all() {
        return KEYS.view();
    }
}
