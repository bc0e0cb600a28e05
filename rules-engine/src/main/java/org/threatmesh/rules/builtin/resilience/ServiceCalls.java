package org.threatmesh.rules.builtin.resilience;

import org.threatmesh.model.Edge;
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
        return !context.isNorthSouth(edge) && context.sourceKind(edge).isWorkload()
                && NodeKind.API_SERVERS.contains(context.targetKind(edge));
    }
}
