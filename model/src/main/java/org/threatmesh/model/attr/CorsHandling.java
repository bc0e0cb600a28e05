package org.threatmesh.model.attr;

/** Where CORS is enforced for browser-facing traffic (SM-DR27). */
public enum CorsHandling implements WireEnum {
    NONE,
    MESH,
    APPLICATION
}
