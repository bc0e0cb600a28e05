package org.threatmesh.rules.builtin.abuse;

import java.util.List;
import org.threatmesh.model.Node;
import org.threatmesh.model.attr.Fact;
import org.threatmesh.model.attr.Sensitivity;
import org.threatmesh.model.attr.WorkloadAttributes;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.NodeRule;
import org.threatmesh.rules.Outcome;
import org.threatmesh.rules.Reach;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.Strategy;
import org.threatmesh.rules.Stride;
import org.threatmesh.rules.builtin.support.Evidences;
import org.threatmesh.rules.builtin.support.Facts;
import org.threatmesh.rules.builtin.support.Meta;

/** R204-11.2: an internet-reachable login that does not compare credentials with breach corpora. */
public final class BreachedCredentialsUncheckedRule implements NodeRule {

    private static final RuleMetadata METADATA = Meta.rule("breached-credentials-unchecked")
            .title("Public login not checked against breached credentials")
            .rationale("Credential stuffing succeeds with passwords leaked elsewhere; a detector that compares "
                    + "logins with stolen-credential databases can block them and warn the affected users, as "
                    + "SP 800-204 describes.")
            .remediation("Check logins against breached-credential data, in the identity provider or with a "
                    + "k-anonymity password-breach lookup, and notify users whose credentials are exposed.")
            .severity(Severity.MEDIUM, "credential stuffing with leaked passwords")
            .stride(Stride.S)
            .strategies(Strategy.MS_SS_11)
            .nist("MS-SS-11#2")
            .catalog("R204-11.2")
            .cwe(521)
            .targets(LoginTargets.KINDS)
            .artefacts("identity provider leaked-credential detection", "k-anonymity password breach API",
                    "bot manager credential-stuffing protection")
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Reach reach() {
        return Reach.GRAPH;
    }

    @Override
    public java.util.Optional<java.util.Set<org.threatmesh.model.attr.AttributeKey<?>>> graphInputs() {
        return java.util.Optional.of(java.util.Set.of());
    }

    @Override
    public Outcome evaluate(Node node, AnalysisContext context) {
        Facts facts = Facts.collect();
        Fact<Boolean> publicLogin = LoginTargets.isPublicLogin(node, context, facts);
        if (publicLogin.is(false)) {
            return Outcome.NOT_APPLICABLE;
        }
        Fact<Boolean> checked = facts.of(node, WorkloadAttributes.BREACHED_CREDENTIAL_CHECK);
        if (checked.is(true)) {
            return Outcome.PASS;
        }
        if (facts.anyUnknown()) {
            return facts.unknownOutcome();
        }
        return Outcome.fire(context.rubric(METADATA.severity(), context.isAtLeast(node, Sensitivity.HIGHLY_SENSITIVE),
                        false), () -> "The public login of " + node.name() + " is not checked against breached credentials",
                List.of(Evidences.of(node, WorkloadAttributes.LOGIN_ENDPOINT),
                        Evidences.of(node, WorkloadAttributes.BREACHED_CREDENTIAL_CHECK)));
    }
}
