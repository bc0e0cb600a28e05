package org.threatmesh.model.attr;

/** What a rate limit counts requests by (MS-SS-8#2). */
public enum RateLimitKey implements WireEnum {
    GLOBAL,
    CONSUMER,
    API_KEY,
    CLIENT_ID,
    IP
}
