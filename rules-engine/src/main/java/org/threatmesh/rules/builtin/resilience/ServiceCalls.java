package org.threatmesh.rules.builtin.resilience;

import org.threatmesh.model.Edge;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.rules.AnalysisContext;

/** Which calls the circuit-breaker and retry rules look at. */
final class ServiceCalls {

    private ServiceCalls() {
    }

    /**
     * Internal calls to an API-serving workload: service to service, gateway to service. North-south calls are
     * excluded because the caller is outside the system's control; calls to datastores and brokers are left to
     * their clients' drivers.
     */
    static boolean isInternalApiCall(Edge edge, AnalysisContext context) {
        Node source = context.source(edge);
        Node target = context.target(edge);
        return !context.isNorthSouth(edge) && source.kind().isWorkload() && NodeKind.API_SERVERS.contains(target.kind());
    }
}
