package org.threatmesh.rules.builtin.authz;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.threatmesh.model.Edge;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.*;
import org.threatmesh.rules.*;
import org.threatmesh.rules.builtin.support.Facts;

/** R204-2.1c: several services authorize on their own but no access server provisions their policies. */
public final class NoCentralAuthzServerRule implements ModelRule {

    public static final String ID = "no-central-authz-server";

    /** Default number of authorizing services from which a central access server is expected. */
    public static final int DEFAULT_MIN_SERVICES = 2;

    private static final RuleMetadata METADATA = new RuleMetadata(ID, "Authorization policies are not centrally provisioned",
            "Access policies for all APIs should be defined and provisioned to an access server; services that each "
                    + "keep their own policies drift apart.",
            "Introduce a central policy decision point (OPA bundles, an authorization server) and provision every "
                    + "service's policies from it.",
            Severity.LOW, "inconsistent cross-cutting policies",
            EnumSet.of(Stride.E), List.of(Strategy.MS_SS_2),
            List.of(Reference.nist("MS-SS-2#1"), Facts.catalog("R204-2.1c")),
            Targets.model(),
            List.of("OPA bundles or an authorization server", "Istio meshConfig.extensionProviders (ext_authz)"),
            RuleKind.CHECK, false);

    private final int minServices;

    public NoCentralAuthzServerRule() {
        this(DEFAULT_MIN_SERVICES);
    }

    /** @param minServices the rule fires from this many authorizing services on */
    public NoCentralAuthzServerRule(int minServices) {
        this.minServices = minServices;
    }

    @Override
    public java.util.Optional<java.util.Set<org.threatmesh.model.attr.AttributeKey<?>>> graphInputs() {
        return java.util.Optional.of(java.util.Set.of(org.threatmesh.model.attr.WorkloadAttributes.AUTHZ_LOCAL));
    }

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Outcome evaluate(AnalysisContext context) {
        if (!context.nodesOfKind(NodeKind.AUTHZ_SERVER).isEmpty()) {
            return Outcome.PASS;
        }
        Facts facts = Facts.collect();
        List<String> authorizing = new ArrayList<>();
        for (Node service : context.nodesOfKind(NodeKind.SERVICE)) {
            Fact<AuthzLevel> local = facts.track(service.id(), WorkloadAttributes.AUTHZ_LOCAL,
                    service.get(WorkloadAttributes.AUTHZ_LOCAL));
            if (local.isAnyOf(AuthzLevel.COARSE, AuthzLevel.FINE)) {
                authorizing.add(service.name());
            }
        }
        if (authorizing.size() >= minServices) {
            return Outcome.fire(METADATA.severity(), () -> authorizing.size() + " services authorize requests themselves ("
                    + String.join(", ", authorizing) + ") but the model has no authorization server",
                    List.of(Facts.evidence(org.threatmesh.model.ModelId.MODEL, "authorizing services",
                            authorizing.size()), Facts.evidence(org.threatmesh.model.ModelId.MODEL,
                            "authorization servers", 0)));
        }
        return facts.anyUnknown() ? facts.unknown() : Outcome.NOT_APPLICABLE;
    }
}
