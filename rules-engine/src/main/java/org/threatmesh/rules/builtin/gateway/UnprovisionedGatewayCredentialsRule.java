package org.threatmesh.rules.builtin.gateway;

import java.util.List;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.Fact;
import org.threatmesh.model.attr.GatewayAttributes;
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
import org.threatmesh.rules.Targets;
import org.threatmesh.rules.builtin.support.Evidences;
import org.threatmesh.rules.builtin.support.Facts;
import org.threatmesh.rules.builtin.support.Meta;

/**
 * R204-12.1: a gateway that neither enforces client authentication nor takes credentials from identity management.
 * High when a backend it calls holds sensitive data; a backend of unknown sensitivity is rated as sensitive.
 */
public final class UnprovisionedGatewayCredentialsRule implements NodeRule {

    private static final RuleMetadata METADATA = Meta.rule("gateway-without-provisioned-credentials")
            .title("Gateway APIs live without provisioned credentials")
            .rationale("An API that goes live before its consumers' credentials are provisioned is open to anyone "
                    + "who finds it; SP 800-204 asks for the gateway to be integrated with identity management so "
                    + "that credentials exist before an API goes live.")
            .remediation("Integrate the gateway with identity management and require consumer credentials on every "
                    + "route before it is published.")
            .severity(Severity.MEDIUM, "medium; high when a backend holds sensitive data")
            .stride(Stride.S)
            .strategies(Strategy.MS_SS_12)
            .nist("MS-SS-12#1")
            .catalog("R204-12.1")
            .cwe(306)
            .targets(Targets.nodes(NodeKind.API_GATEWAY, NodeKind.INGRESS_GATEWAY))
            .artefacts("Kong Consumers with credential plugins", "API management application registration")
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
    public Outcome evaluate(Node node, AnalysisContext context) {
        Facts facts = Facts.collect();
        Fact<Boolean> idm = facts.of(node, GatewayAttributes.IDM_INTEGRATION);
        Fact<List<String>> methods = facts.of(node, GatewayAttributes.AUTHN_METHODS);
        if (idm.is(true) || methods.matches(list -> !list.isEmpty())) {
            return Outcome.PASS;
        }
        if (facts.anyUnknown()) {
            return facts.unknownOutcome();
        }
        boolean sensitiveBackend = false;
        for (NodeId id : context.callees(node.id())) {
            Node backend = context.node(id);
            if (WorkloadAttributes.DATA_SENSITIVITY.applies().toNode(backend.kind())) {
                Fact<Sensitivity> sensitivity = backend.get(WorkloadAttributes.DATA_SENSITIVITY);
                sensitiveBackend |= !sensitivity.matches(s -> s.compareTo(Sensitivity.SENSITIVE) < 0);
            }
        }
        Severity base = sensitiveBackend ? Severity.HIGH : Severity.MEDIUM;
        return Outcome.fire(context.rubric(base, context.isAtLeast(node, Sensitivity.HIGHLY_SENSITIVE), false),
                () -> node.kind().displayName() + " " + node.name() + " serves APIs with no provisioned credentials",
                List.of(Evidences.of(node, GatewayAttributes.IDM_INTEGRATION),
                        Evidences.of(node, GatewayAttributes.AUTHN_METHODS)));
    }
}
