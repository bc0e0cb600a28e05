package org.threatmesh.model.attr;

/** How the caller authenticates on a call (MS-SS-1). */
public enum ClientAuthn implements WireEnum {
    NONE,
    API_KEY,
    BASIC,
    SESSION_COOKIE,
    JWT,
    OAUTH2_CC,
    OIDC,
    MTLS_IDENTITY,
    HMAC,
    REFERENCE_TOKEN
}
