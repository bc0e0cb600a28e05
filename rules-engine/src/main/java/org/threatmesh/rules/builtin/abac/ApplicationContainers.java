package org.threatmesh.rules.builtin.abac;

import org.threatmesh.model.NodeKind;
import org.threatmesh.rules.Targets;

/**
 * The node kinds the pod-security rules look at: workloads that run application containers the team deploys.
 * Datastores, brokers, monitoring and load balancers are often managed services, and the read-only rule must spare
 * data writers anyway, so they are left out.
 */
final class ApplicationContainers {

    static final Targets TARGETS = Targets.nodes(NodeKind.SERVICE, NodeKind.API_GATEWAY, NodeKind.INGRESS_GATEWAY,
            NodeKind.EGRESS_GATEWAY, NodeKind.IDENTITY_PROVIDER, NodeKind.AUTHZ_SERVER, NodeKind.TOKEN_SERVICE);

    private ApplicationContainers() {
    }
}
