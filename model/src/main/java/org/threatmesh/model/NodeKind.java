package org.threatmesh.model;

import java.util.EnumSet;
import java.util.Set;
import org.threatmesh.model.attr.WireEnum;

/** What a node in the topology is. The kind is fixed when a node is created; attributes depend on it. */
public enum NodeKind implements WireEnum {
    EXTERNAL_CLIENT("External client", "A user, browser, mobile app or partner system outside the system"),
    API_GATEWAY("API gateway", "Single entry point for API calls, at the edge or as a microgateway"),
    INGRESS_GATEWAY("Ingress gateway", "Mesh ingress proxy that admits north-south traffic"),
    EGRESS_GATEWAY("Egress gateway", "Mesh egress proxy that mediates calls to external services"),
    SERVICE("Service", "An application microservice, with a sidecar, ambient mesh or no mesh"),
    SERVICE_REGISTRY("Service registry", "Service discovery registry such as Consul or Eureka"),
    MESH_CONTROL_PLANE("Mesh control plane", "Service mesh control plane such as istiod"),
    IDENTITY_PROVIDER("Identity provider", "OIDC / SAML identity provider that authenticates users"),
    AUTHZ_SERVER("Authorization server", "Access server / policy decision point"),
    TOKEN_SERVICE("Token service", "Security token service for token exchange"),
    DATASTORE("Datastore", "Database or object store"),
    SESSION_STORE("Session store", "Shared store for client session state"),
    MESSAGE_BROKER("Message broker", "Event bus or queue such as Kafka or RabbitMQ"),
    LOAD_BALANCER("Load balancer", "Network or application load balancer"),
    DNS_RESOLVER("DNS resolver", "DNS server that resolves service instances"),
    MONITORING("Monitoring", "Log sink, metrics, tracing, SIEM, dashboard or IDS"),
    WAF_BOT_MANAGER("WAF / bot manager", "Web application firewall or bot manager"),
    SECRET_STORE("Secret store", "Vault or key management service"),
    EXTERNAL_SERVICE("External service", "Third-party API or service outside the mesh");

    /** The gateways: kinds that front other workloads and route calls to them. */
    public static final Set<NodeKind> GATEWAYS = Set.copyOf(EnumSet.of(API_GATEWAY, INGRESS_GATEWAY, EGRESS_GATEWAY));

    /** Kinds that run outside the modelled system and so have no deployment attributes. */
    public static final Set<NodeKind> OUTSIDE = Set.copyOf(EnumSet.of(EXTERNAL_CLIENT, EXTERNAL_SERVICE));

    /** Kinds that run inside the modelled system as deployed workloads. */
    public static final Set<NodeKind> WORKLOADS = Set.copyOf(EnumSet.complementOf(EnumSet.of(EXTERNAL_CLIENT, EXTERNAL_SERVICE)));

    /** Kinds that serve application APIs and so carry API-level security attributes. */
    public static final Set<NodeKind> API_SERVERS =
            Set.copyOf(EnumSet.of(SERVICE, API_GATEWAY, IDENTITY_PROVIDER, AUTHZ_SERVER, TOKEN_SERVICE));

    /** Kinds that hold data at rest. */
    public static final Set<NodeKind> DATA_HOLDERS =
            Set.copyOf(EnumSet.of(SERVICE, DATASTORE, SESSION_STORE, MESSAGE_BROKER, EXTERNAL_SERVICE, SECRET_STORE,
                    IDENTITY_PROVIDER, API_GATEWAY));

    private final String displayName;
    private final String description;

    NodeKind(String displayName, String description) {
        this.displayName = displayName;
        this.description = description;
    }

    /** A short human name, as shown in the palette. */
    public String displayName() {
        return displayName;
    }

    /** One line saying what this kind stands for. */
    public String description() {
        return description;
    }

    public boolean isGateway() {
        return Kinds.GATEWAYS.contains(this);
    }

    public boolean isWorkload() {
        return Kinds.WORKLOADS.contains(this);
    }

    /** The sets above as enum sets: a bit test instead of a hash probe, for questions rules ask on every call. */
    private static final class Kinds {
        static final Set<NodeKind> GATEWAYS = EnumSet.copyOf(NodeKind.GATEWAYS);
        static final Set<NodeKind> WORKLOADS = EnumSet.copyOf(NodeKind.WORKLOADS);
    }
}
