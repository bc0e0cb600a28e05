package org.threatmesh.model.attr;

/** The gateway implementation, which decides the config the exporter emits. */
public enum GatewayProduct implements WireEnum {
    KONG,
    ISTIO,
    ENVOY_GATEWAY,
    NGINX,
    OTHER
}
