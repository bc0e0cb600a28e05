package org.threatmesh.rules.builtin.abuse;

import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.Fact;
import org.threatmesh.model.attr.WorkloadAttributes;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.Targets;
import org.threatmesh.rules.builtin.support.Facts;

/** The credential-abuse rules' shared question: is this a login endpoint the internet can reach? */
final class LoginTargets {

    static final Targets KINDS = Targets.nodes(NodeKind.SERVICE, NodeKind.API_GATEWAY, NodeKind.IDENTITY_PROVIDER);

    private LoginTargets() {
    }

    /** Known false when the node is unreachable from the internet or has no login; unknown when not modelled. */
    static Fact<Boolean> isPublicLogin(Node node, AnalysisContext context, Facts facts) {
        if (!context.isInternetReachable(node)) {
            return Fact.known(false);
        }
        return facts.of(node, WorkloadAttributes.LOGIN_ENDPOINT);
    }
}
