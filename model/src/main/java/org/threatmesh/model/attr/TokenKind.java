package org.threatmesh.model.attr;

/** What a token on a call represents (MS-SS-2#5, MS-SS-10#3). */
public enum TokenKind implements WireEnum {
    EXTERNAL_USER,
    USER_SESSION,
    INTERNAL_AUTHZ,
    SERVICE
}
