package org.threatmesh.model.attr;

/** What a monitoring node does (MS-SS-5). */
public enum MonitoringRole implements WireEnum {
    LOG_SINK,
    METRICS,
    TRACING,
    SIEM,
    DASHBOARD,
    IDS
}
