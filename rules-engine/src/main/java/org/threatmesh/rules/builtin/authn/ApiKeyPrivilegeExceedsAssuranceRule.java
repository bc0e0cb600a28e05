package org.threatmesh.rules.builtin.authn;

import java.util.EnumSet;
import java.util.List;
import org.threatmesh.model.Edge;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.*;
import org.threatmesh.rules.*;
import org.threatmesh.rules.builtin.support.Facts;

/** R204-1.4: a low-assurance API key grants write or admin access to a sensitive API. */
public final class ApiKeyPrivilegeExceedsAssuranceRule implements EdgeRule {

    public static final String ID = "api-key-privilege-exceeds-assurance";

    private static final RuleMetadata METADATA = new RuleMetadata(ID,
            "Low-assurance API key grants write or admin access",
            "The functional reach of an API key should match the assurance of the identity proofing behind it; "
                    + "self-service keys with write rights let unproofed parties change sensitive data.",
            "Issue write or admin keys for sensitive APIs only after medium or high assurance proofing, or reduce "
                    + "the key's rights to read.",
            Severity.MEDIUM, "privilege outruns proofing assurance",
            EnumSet.of(Stride.E), List.of(Strategy.MS_SS_1),
            List.of(Reference.nist("MS-SS-1#4"), Facts.catalog("R204-1.4"), Reference.cwe(269)),
            Targets.edges(),
            List.of("tiered key issuance in the developer portal", "Kong consumer groups with per-tier acl"),
            RuleKind.CHECK, false);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Outcome evaluate(Edge edge, AnalysisContext context) {
        Facts facts = Facts.collect();
        Fact<ClientAuthn> authn = facts.track(edge.id(), EdgeAttributes.CLIENT_AUTHN,
                edge.get(EdgeAttributes.CLIENT_AUTHN));
        if (authn.isKnown() && !authn.is(ClientAuthn.API_KEY)) {
            return Outcome.NOT_APPLICABLE;
        }
        Node target = context.target(edge);
        if (!NodeKind.DATA_HOLDERS.contains(context.targetKind(edge))) {
            return Outcome.NOT_APPLICABLE;
        }
        Fact<Sensitivity> sensitivity = context.targetSensitivity(edge);
        facts.track(edge.to(), WorkloadAttributes.DATA_SENSITIVITY, sensitivity);
        if (sensitivity.matches(value -> value.compareTo(Sensitivity.SENSITIVE) < 0)) {
            return Outcome.NOT_APPLICABLE;
        }
        Fact<Privilege> privilege = facts.track(edge.id(), EdgeAttributes.API_KEY_PRIVILEGE,
                edge.get(EdgeAttributes.API_KEY_PRIVILEGE));
        Fact<Assurance> assurance = facts.track(edge.id(), EdgeAttributes.API_KEY_ASSURANCE,
                edge.get(EdgeAttributes.API_KEY_ASSURANCE));
        if (privilege.is(Privilege.READ) || assurance.isAnyOf(Assurance.MEDIUM, Assurance.HIGH)) {
            return Outcome.PASS;
        }
        if (facts.anyUnknown()) {
            return facts.unknown();
        }
        // Resolved here so that the message, built when read, does not keep the context alive.
        Node msgFrom = context.source(edge);
        Node msgTo = context.target(edge);
        return Outcome.fire(METADATA.severity(), () -> "A low-assurance API key gives " + msgFrom.name() + " "
                + Facts.wire(privilege.value()) + " access to " + target.name(),
                List.of(Facts.evidence(edge.id(), EdgeAttributes.API_KEY_PRIVILEGE, privilege),
                        Facts.evidence(edge.id(), EdgeAttributes.API_KEY_ASSURANCE, assurance),
                        Facts.evidence(target.id(), WorkloadAttributes.DATA_SENSITIVITY, sensitivity)));
    }
}
