package org.threatmesh.rules.builtin.session;

import java.util.List;
import org.threatmesh.model.Edge;
import org.threatmesh.model.Node;
import org.threatmesh.model.attr.EdgeAttributes;
import org.threatmesh.model.attr.Fact;
import org.threatmesh.model.attr.Sensitivity;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.EdgeRule;
import org.threatmesh.rules.Outcome;
import org.threatmesh.rules.Reach;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.Strategy;
import org.threatmesh.rules.Stride;
import org.threatmesh.rules.Targets;
import org.threatmesh.rules.builtin.support.Evidences;
import org.threatmesh.rules.builtin.support.Facts;
import org.threatmesh.rules.builtin.support.Meta;
import org.threatmesh.rules.builtin.support.Topology;

/** R204-10.3a: responses to a caller outside the system return an internal authorization token. */
public final class InternalTokenReturnedRule implements EdgeRule {

    private static final RuleMetadata METADATA = Meta.rule("internal-token-returned-to-client")
            .title("Internal authorization token returned to the client")
            .rationale("An internal authorization token in a user's hands can be replayed against internal "
                    + "services or inspected to escalate privilege; SP 800-204 says internal authorization tokens "
                    + "must never be returned to the user.")
            .remediation("Strip internal tokens from responses at the gateway and give clients only opaque or "
                    + "external tokens.")
            .severity(Severity.HIGH, "a NIST must item; enables replay and escalation")
            .stride(Stride.I, Stride.E)
            .strategies(Strategy.MS_SS_10)
            .nist("MS-SS-10#3")
            .catalog("R204-10.3a")
            .cwe(201)
            .targets(Targets.edges())
            .artefacts("Istio VirtualService headers.response.remove", "Kong response-transformer plugin",
                    "phantom token pattern")
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Reach reach() {
        return Reach.NEIGHBOURS;
    }

    @Override
    public Outcome evaluate(Edge edge, AnalysisContext context) {
        if (!Topology.isFromOutside(edge, context)) {
            return Outcome.NOT_APPLICABLE;
        }
        Facts facts = Facts.collect();
        Fact<Boolean> exposes = facts.of(edge, EdgeAttributes.EXPOSES_INTERNAL_TOKEN);
        if (exposes.isUnknown()) {
            return facts.unknownOutcome();
        }
        if (!exposes.value()) {
            return Outcome.PASS;
        }
        // Resolved here so that the message, built when read, does not keep the context alive.
        Node msgFrom = context.source(edge);
        Node msgTo = context.target(edge);
        return Outcome.fire(context.rubric(METADATA.severity(),
                        context.targetIsAtLeast(edge, Sensitivity.HIGHLY_SENSITIVE), false),
                () -> "Responses from " + msgTo.name() + " to " + msgFrom.name()
                        + " return an internal authorization token",
                List.of(Evidences.of(edge, EdgeAttributes.EXPOSES_INTERNAL_TOKEN)));
    }
}
