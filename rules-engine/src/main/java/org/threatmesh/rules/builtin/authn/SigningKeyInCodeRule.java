package org.threatmesh.rules.builtin.authn;

import java.util.EnumSet;
import java.util.List;
import org.threatmesh.model.Edge;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.*;
import org.threatmesh.rules.*;
import org.threatmesh.rules.builtin.support.Facts;

/** R204-1.5b: the token signing secret is compiled into or committed with the code. */
public final class SigningKeyInCodeRule implements NodeRule {

    public static final String ID = "signing-key-in-code";

    private static final RuleMetadata METADATA = new RuleMetadata(ID, "Token signing key lives in code",
            "The signing secret of stateless tokens must stay out of library code and be injected at run time; "
                    + "anyone who reads the code or the image can mint valid tokens.",
            "Move the key to a vault and inject it at run time, or switch to asymmetric keys so verifiers only "
                    + "need the issuer's JWKS.",
            Severity.HIGH, "a NIST must; key disclosure lets anyone mint tokens",
            EnumSet.of(Stride.S, Stride.I), List.of(Strategy.MS_SS_1),
            List.of(Reference.nist("MS-SS-1#5"), Facts.catalog("R204-1.5b"), Reference.cwe(798)),
            Targets.nodes(NodeKind.API_SERVERS),
            List.of("Secrets Store CSI Driver / External Secrets Operator / Vault Agent injection",
                    "Istio RequestAuthentication jwksUri"),
            RuleKind.CHECK, false);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Outcome evaluate(Node node, AnalysisContext context) {
        Fact<JwtKeySource> source = node.get(WorkloadAttributes.JWT_KEY_SOURCE);
        if (source.isUnknown()) {
            return Outcome.unknown(node.id(), WorkloadAttributes.JWT_KEY_SOURCE);
        }
        if (source.is(JwtKeySource.NOT_APPLICABLE)) {
            return Outcome.NOT_APPLICABLE;
        }
        if (!source.is(JwtKeySource.CODE)) {
            return Outcome.PASS;
        }
        return Outcome.fire(METADATA.severity(), () -> node.name() + " keeps its token signing key in code",
                List.of(Facts.evidence(node.id(), WorkloadAttributes.JWT_KEY_SOURCE, source)));
    }
}
