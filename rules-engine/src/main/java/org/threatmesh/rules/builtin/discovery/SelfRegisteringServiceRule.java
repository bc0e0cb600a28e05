package org.threatmesh.rules.builtin.discovery;

import java.util.EnumSet;
import java.util.List;
import org.threatmesh.model.Edge;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.*;
import org.threatmesh.rules.*;
import org.threatmesh.rules.builtin.support.Facts;

/** R204-3.5: a service registers and deregisters itself. */
public final class SelfRegisteringServiceRule implements NodeRule {

    public static final String ID = "self-registering-service";

    private static final RuleMetadata METADATA = new RuleMetadata(ID, "Service registers itself",
            "Self-registration couples services to the registry: a crashed or stuck instance cannot deregister and "
                    + "leaves stale entries that corrupt discovery.",
            "Let the platform or a third-party registrar register instances; give application service accounts no "
                    + "write rights on the registry.",
            Severity.MEDIUM, "stale entries after crashes harm registry integrity",
            EnumSet.of(Stride.T, Stride.D), List.of(Strategy.MS_SS_3),
            List.of(Reference.nist("MS-SS-3#5"), Facts.catalog("R204-3.5")),
            Targets.nodes(NodeKind.SERVICE),
            List.of("platform registration (endpoint controller)", "Consul agent-managed registration / catalog sync"),
            RuleKind.CHECK, false);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Outcome evaluate(Node node, AnalysisContext context) {
        Fact<Registration> registration = node.get(WorkloadAttributes.REGISTRATION);
        if (registration.isUnknown()) {
            return Outcome.unknown(node.id(), WorkloadAttributes.REGISTRATION);
        }
        if (!registration.is(Registration.SELF)) {
            return Outcome.PASS;
        }
        return Outcome.fire(METADATA.severity(), () -> node.name() + " registers itself with the registry",
                List.of(Facts.evidence(node.id(), WorkloadAttributes.REGISTRATION, registration)));
    }
}
