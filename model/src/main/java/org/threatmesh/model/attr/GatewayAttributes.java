package org.threatmesh.model.attr;

import static org.threatmesh.model.NodeKind.API_GATEWAY;
import static org.threatmesh.model.NodeKind.EGRESS_GATEWAY;
import static org.threatmesh.model.NodeKind.INGRESS_GATEWAY;

import java.util.List;
import org.threatmesh.model.NodeKind;

/** Attributes of API, ingress and egress gateways (MS-SS-12 and the gateway parts of MS-SS-2, -4, -8, -11). */
public final class GatewayAttributes {

    private static final KeyList KEYS = new KeyList();
    private static final Applies GATEWAYS = Applies.nodes(NodeKind.GATEWAYS);
    private static final Applies API_GATEWAYS = Applies.nodes(API_GATEWAY);
    private static final Applies FRONT_DOORS = Applies.nodes(API_GATEWAY, INGRESS_GATEWAY);

    public static final AttributeKey<GatewayTier> TIER = KEYS.add(AttributeKey.ofEnum(
            "tier", GatewayTier.class, API_GATEWAYS, "Gateway", "Edge gateway or microgateway (§2.7.1)"));
    public static final AttributeKey<GatewayProduct> PRODUCT = KEYS.add(AttributeKey.ofEnum(
            "product", GatewayProduct.class, GATEWAYS, "Gateway", "Gateway implementation"));
    public static final AttributeKey<List<String>> HOSTS = KEYS.add(AttributeKey.ofTextList(
            "hosts", FRONT_DOORS, "Gateway", "Host names the gateway serves"));
    public static final AttributeKey<List<String>> AUTHN_METHODS = KEYS.add(AttributeKey.ofTextList(
            "authnMethods", FRONT_DOORS, "Identity", "Client authentication methods the gateway enforces"));
    public static final AttributeKey<AuthzLevel> AUTHZ = KEYS.add(AttributeKey.ofEnum(
            "authz", AuthzLevel.class, GATEWAYS, "Authorization",
            "Authorization the gateway enforces on the calls it admits (MS-SS-2#1)"));
    public static final AttributeKey<Boolean> IDM_INTEGRATION = KEYS.add(AttributeKey.ofBoolean(
            "idmIntegration", FRONT_DOORS, "Identity",
            "Credentials are provisioned through identity management before an API goes live (MS-SS-12#1)"));
    public static final AttributeKey<Boolean> IDP_CONNECTOR = KEYS.add(AttributeKey.ofBoolean(
            "idpConnector", FRONT_DOORS, "Identity", "Has a connector to an identity provider (MS-SS-12#2)"));
    public static final AttributeKey<Boolean> TOKEN_ISSUER_CONNECTOR = KEYS.add(AttributeKey.ofBoolean(
            "tokenIssuerConnector", FRONT_DOORS, "Identity",
            "Has a connector to an access-token issuer (MS-SS-12#3)"));
    public static final AttributeKey<Boolean> TOKEN_EXCHANGE = KEYS.add(AttributeKey.ofBoolean(
            "tokenExchange", GATEWAYS, "Identity",
            "Exchanges edge tokens for narrower internal tokens (MS-SS-12#5)"));
    public static final AttributeKey<Boolean> STRIPS_IDENTITY_HEADERS = KEYS.add(AttributeKey.ofBoolean(
            "stripsIdentityHeaders", FRONT_DOORS, "Identity",
            "Removes client-supplied identity headers at the edge (MS-SS-2#4)"));
    public static final AttributeKey<Boolean> BOT_DETECTION = KEYS.add(AttributeKey.ofBoolean(
            "botDetection", Applies.nodes(API_GATEWAY, INGRESS_GATEWAY, NodeKind.WAF_BOT_MANAGER), "Abuse protection",
            "Detects and blocks malicious bots (MS-SS-11)"));
    public static final AttributeKey<Boolean> DECLARATIVE_ROUTES = KEYS.add(AttributeKey.ofBoolean(
            "declarativeRoutes", Applies.nodes(INGRESS_GATEWAY, EGRESS_GATEWAY, API_GATEWAY), "Gateway",
            "Routes are declared, not passed through to everything (SM-DR7)"));
    public static final AttributeKey<Boolean> POLICY_MUTABLE_AT_RUNTIME = KEYS.add(AttributeKey.ofBoolean(
            "policyMutableAtRuntime", API_GATEWAYS, "Gateway",
            "Gateway policy can be edited in place without redeployment (§2.7.1)"));
    public static final AttributeKey<CorsHandling> CORS = KEYS.add(AttributeKey.ofEnum(
            "cors", CorsHandling.class, FRONT_DOORS, "Gateway", "Where CORS is enforced (SM-DR27)"));

    private GatewayAttributes() {
    }

    /** Every key declared here, in declaration order. */
    public static List<AttributeKey<?>> all() {
        return KEYS.view();
    }
}
