package org.threatmesh.rules.builtin.authn;

import java.util.EnumSet;
import java.util.List;
import org.threatmesh.model.Edge;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.*;
import org.threatmesh.rules.*;
import org.threatmesh.rules.builtin.support.Facts;

/** R204-1.5c: the signing key comes from the environment or a file but no secret store feeds it. */
public final class SigningKeyWithoutVaultRule implements NodeRule {

    public static final String ID = "signing-key-without-vault";

    private static final RuleMetadata METADATA = new RuleMetadata(ID, "Token signing key is not held in a vault",
            "NIST wants the injected signing secret held in a vault, so that it is stored encrypted, access to it "
                    + "is audited and it can be rotated.",
            "Keep the key in a secret store (Vault, cloud KMS-backed secret manager) and model the connection to it.",
            Severity.LOW, "the key is injected at run time, but its storage is unprotected",
            EnumSet.of(Stride.I), List.of(Strategy.MS_SS_1),
            List.of(Reference.nist("MS-SS-1#5"), Facts.catalog("R204-1.5c"), Reference.cwe(522)),
            Targets.nodes(NodeKind.API_SERVERS),
            List.of("HashiCorp Vault / cloud secret manager", "Kubernetes Secret encryption at rest"),
            RuleKind.CHECK, false);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Reach reach() {
        return Reach.NEIGHBOURS;
    }

    @Override
    public Outcome evaluate(Node node, AnalysisContext context) {
        Fact<JwtKeySource> source = node.get(WorkloadAttributes.JWT_KEY_SOURCE);
        if (source.isUnknown()) {
            return Outcome.unknown(node.id(), WorkloadAttributes.JWT_KEY_SOURCE);
        }
        if (!source.isAnyOf(JwtKeySource.ENV, JwtKeySource.FILE)) {
            return Outcome.NOT_APPLICABLE;
        }
        for (NodeId neighbour : context.callees(node.id())) {
            if (context.node(neighbour).kind() == NodeKind.SECRET_STORE) {
                return Outcome.PASS;
            }
        }
        for (NodeId neighbour : context.callers(node.id())) {
            if (context.node(neighbour).kind() == NodeKind.SECRET_STORE) {
                return Outcome.PASS;
            }
        }
        return Outcome.fire(METADATA.severity(), () -> node.name() + " reads its signing key from "
                + Facts.wire(source.value()) + " but no secret store is connected to it",
                List.of(Facts.evidence(node.id(), WorkloadAttributes.JWT_KEY_SOURCE, source),
                        Facts.evidence(node.id(), "connected secret store", "none")));
    }
}
