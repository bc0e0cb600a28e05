package org.threatmesh.model.attr;

/** Where a workload gets the key it signs or verifies JWTs with (MS-SS-1#5). */
public enum JwtKeySource implements WireEnum {
    NOT_APPLICABLE,
    CODE,
    ENV,
    FILE,
    VAULT,
    JWKS
}
