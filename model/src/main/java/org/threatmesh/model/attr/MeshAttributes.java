package org.threatmesh.model.attr;

import static org.threatmesh.model.NodeKind.MESH_CONTROL_PLANE;

import java.util.List;

/** Attributes of the service mesh control plane (MS-SS-13, SP 800-204A and 204B). */
public final class MeshAttributes {

    private static final KeyList KEYS = new KeyList();
    private static final Applies MESH = Applies.nodes(MESH_CONTROL_PLANE);

    public static final AttributeKey<MeshProduct> PRODUCT = KEYS.add(AttributeKey.ofEnum(
            "meshProduct", MeshProduct.class, MESH, "Mesh", "Mesh implementation"));
    public static final AttributeKey<DefaultAuthz> DEFAULT_AUTHZ = KEYS.add(AttributeKey.ofEnum(
            "defaultAuthz", DefaultAuthz.class, MESH, "Mesh",
            "Decision for requests no policy matches (MS-SS-13#2)"));
    public static final AttributeKey<PeerAuthMode> PEER_AUTH_DEFAULT = KEYS.add(AttributeKey.ofEnum(
            "peerAuthDefault", PeerAuthMode.class, MESH, "Mesh", "Mesh-wide mTLS mode (MS-SS-4#2, SM-DR6)"));
    public static final AttributeKey<Boolean> COMPONENT_RESOURCE_LIMITS = KEYS.add(AttributeKey.ofBoolean(
            "componentResourceLimits", MESH, "Mesh",
            "Mesh components (proxies, gateways, control plane) have resource caps (MS-SS-13#4)"));
    public static final AttributeKey<Boolean> TELEMETRY_EXPORT = KEYS.add(AttributeKey.ofBoolean(
            "telemetryExport", MESH, "Mesh", "Metrics are exported to central monitoring (MS-SS-13#5, SM-DR23)"));
    public static final AttributeKey<Boolean> ACCESS_LOGGING = KEYS.add(AttributeKey.ofBoolean(
            "accessLogging", MESH, "Mesh", "Proxies write access logs (SM-DR22, EUAZ-SR-2)"));
    public static final AttributeKey<Boolean> HIGH_AVAILABILITY = KEYS.add(AttributeKey.ofBoolean(
            "highAvailability", MESH, "Mesh", "Control plane runs replicated (MS-SS-13#5)"));
    public static final AttributeKey<MultiCluster> MULTI_CLUSTER = KEYS.add(AttributeKey.ofEnum(
            "multiCluster", MultiCluster.class, MESH, "Mesh", "How the mesh spans clusters (MS-SS-13#5)"));
    public static final AttributeKey<CaRoot> CA_ROOT = KEYS.add(AttributeKey.ofEnum(
            "caRoot", CaRoot.class, MESH, "Mesh", "What the mesh CA chains to (SM-DR12, ISMC-SR-1)"));
    public static final AttributeKey<Integer> WORKLOAD_CERT_TTL = KEYS.add(AttributeKey.ofInteger(
            "workloadCertTtl", "h", 0, 87_600, MESH, "Mesh", "Lifetime of workload certificates (SM-DR13)"));
    public static final AttributeKey<Boolean> WORKLOAD_CERT_IS_CA = KEYS.add(AttributeKey.ofBoolean(
            "workloadCertIsCa", MESH, "Mesh", "Workload certificates can sign other certificates (SM-DR15)"));
    public static final AttributeKey<Boolean> WORKLOAD_ATTESTATION = KEYS.add(AttributeKey.ofBoolean(
            "workloadAttestation", MESH, "Mesh", "Workloads are attested before certificates are issued (SM-DR16)"));
    public static final AttributeKey<Boolean> CONNECTION_MAX_AGE = KEYS.add(AttributeKey.ofBoolean(
            "connectionMaxAge", MESH, "Mesh",
            "Connections are retired after identity rotation (SM-DR14)"));
    public static final AttributeKey<EgressDefault> EGRESS_DEFAULT = KEYS.add(AttributeKey.ofEnum(
            "egressDefault", EgressDefault.class, MESH, "Mesh", "Outbound traffic policy (SM-DR8)"));
    public static final AttributeKey<Boolean> SIDECAR_EGRESS_SCOPED = KEYS.add(AttributeKey.ofBoolean(
            "sidecarEgressScoped", MESH, "Mesh", "Proxies may reach only the services they call (SM-DR2)"));
    public static final AttributeKey<Boolean> ADMIN_RBAC_SCOPED = KEYS.add(AttributeKey.ofBoolean(
            "adminRbacScoped", MESH, "Mesh",
            "Mesh administration rights are granted per namespace or service (SM-DR28)"));
    public static final AttributeKey<Boolean> CONTROL_PLANE_LEAST_PRIVILEGE = KEYS.add(AttributeKey.ofBoolean(
            "controlPlaneLeastPrivilege", MESH, "Mesh",
            "Control plane talks to the orchestrator with an authenticated, least-privilege identity (ISMC-SR-2)"));
    public static final AttributeKey<String> ROOT_NAMESPACE = KEYS.add(AttributeKey.ofText(
            "rootNamespace", MESH, "Mesh", "Namespace holding mesh-wide policy, for example istio-system"));
    public static final AttributeKey<String> TRUST_DOMAIN = KEYS.add(AttributeKey.ofText(
            "trustDomain", MESH, "Mesh", "SPIFFE trust domain, for example cluster.local"));

    private MeshAttributes() {
    }

    /** Every key declared here, in declaration order. */
    public static List<AttributeKey<?>> all() {
        return KEYS.view();
    }
}
