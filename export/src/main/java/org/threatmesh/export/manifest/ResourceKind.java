package org.threatmesh.export.manifest;

/**
 * The kinds of resource the exporter writes, one output file each, in output order. The file name, the target
 * and the README description are fixed here so they are the same in every export.
 */
public enum ResourceKind {
    NAMESPACE(Target.K8S, "namespaces.yaml", "v1", "Namespace",
            "Namespaces for the model's namespace zones."),
    SERVICE_ACCOUNT(Target.K8S, "serviceaccounts.yaml", "v1", "ServiceAccount",
            "One service account per workload, so each has its own mesh identity (SM-DR18)."),
    NETWORK_POLICY(Target.K8S, "networkpolicies.yaml", "networking.k8s.io/v1", "NetworkPolicy",
            "Default-deny ingress and egress per namespace, DNS egress, and one allow rule per modelled call."),
    PEER_AUTHENTICATION(Target.ISTIO, "peerauthentications.yaml", "security.istio.io/v1", "PeerAuthentication",
            "Mesh-wide and per-namespace STRICT mutual TLS."),
    AUTHORIZATION_POLICY(Target.ISTIO, "authorizationpolicies.yaml", "security.istio.io/v1", "AuthorizationPolicy",
            "Allow-nothing in the root namespace, then one ALLOW policy per workload naming its modelled callers."),
    REQUEST_AUTHENTICATION(Target.ISTIO, "requestauthentications.yaml", "security.istio.io/v1",
            "RequestAuthentication", "JWT validation against the identity provider for calls carrying end-user tokens."),
    DESTINATION_RULE(Target.ISTIO, "destinationrules.yaml", "networking.istio.io/v1", "DestinationRule",
            "ISTIO_MUTUAL TLS, circuit breaking, connection limits, session affinity and version subsets per workload."),
    VIRTUAL_SERVICE(Target.ISTIO, "virtualservices.yaml", "networking.istio.io/v1", "VirtualService",
            "Timeouts, bounded retries and weighted version routing per workload."),
    SIDECAR(Target.ISTIO, "sidecars.yaml", "networking.istio.io/v1", "Sidecar",
            "REGISTRY_ONLY outbound traffic and egress limited to the namespaces and hosts each workload calls."),
    SERVICE_ENTRY(Target.ISTIO, "serviceentries.yaml", "networking.istio.io/v1", "ServiceEntry",
            "One entry per modelled external service, the only external destinations REGISTRY_ONLY lets through."),
    ENVOY_FILTER(Target.ISTIO, "envoyfilters.yaml", "networking.istio.io/v1alpha3", "EnvoyFilter",
            "Local rate limiting (token bucket) on workloads that receive rate-limited or north-south calls."),
    TELEMETRY(Target.ISTIO, "telemetry.yaml", "telemetry.istio.io/v1", "Telemetry",
            "Mesh-wide access logging."),
    GATEWAY(Target.GATEWAY_API, "gateways.yaml", "gateway.networking.k8s.io/v1", "Gateway",
            "A Gateway per edge gateway or ingress, with a listener per modelled entry port and host."),
    HTTP_ROUTE(Target.GATEWAY_API, "httproutes.yaml", "gateway.networking.k8s.io/v1", "HTTPRoute",
            "One route per modelled call from the gateway, with weighted backends for canary versions."),
    REFERENCE_GRANT(Target.GATEWAY_API, "referencegrants.yaml", "gateway.networking.k8s.io/v1beta1",
            "ReferenceGrant", "Lets routes in the gateway's namespace reference backends in other namespaces."),
    KONG_SERVICE(Target.KONG, "kong.yaml", "", "service",
            "Kong services and routes with the authentication, ACL, rate-limiting and IP-restriction plugins."),
    KONG_CONSUMER(Target.KONG, "kong.yaml", "", "consumer",
            "Kong consumers for the modelled clients, with their ACL groups and credential placeholders.");

    private final Target target;
    private final String fileName;
    private final String apiVersion;
    private final String kind;
    private final String description;

    ResourceKind(Target target, String fileName, String apiVersion, String kind, String description) {
        this.target = target;
        this.fileName = fileName;
        this.apiVersion = apiVersion;
        this.kind = kind;
        this.description = description;
    }

    public Target target() {
        return target;
    }

    /** Path of the output file relative to the output folder, with '/' separators. */
    public String path() {
        return target.cliName() + "/" + fileName;
    }

    /** The Kubernetes apiVersion; empty for Kong entities. */
    public String apiVersion() {
        return apiVersion;
    }

    /** The Kubernetes kind, or the Kong entity type. */
    public String kind() {
        return kind;
    }

    public String description() {
        return description;
    }
}
