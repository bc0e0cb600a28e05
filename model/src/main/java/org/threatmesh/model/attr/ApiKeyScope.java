package org.threatmesh.model.attr;

/** Which APIs an API key may call (MS-SS-1#3). */
public enum ApiKeyScope implements WireEnum {
    ALL,
    LIMITED
}
