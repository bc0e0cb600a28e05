package org.threatmesh.rules.builtin.abuse;

import java.util.List;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.Fact;
import org.threatmesh.model.attr.GatewayAttributes;
import org.threatmesh.model.attr.Sensitivity;
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
 * R204-11.5: the first node the internet calls (gateway, WAF or service) does not detect bots. A service called
 * straight from the internet has no bot detection by construction.
 */
public final class MissingBotProtectionRule implements NodeRule {

    private static final RuleMetadata METADATA = Meta.rule("entry-point-without-bot-detection")
            .title("Internet entry point without bot detection")
            .rationale("Botnets drive credential stuffing, account takeover, scraping and DDoS (SP 800-204 §3.2.2); "
                    + "SP 800-204 names a bot manager or WAF add-on as the way to detect malicious bots.")
            .remediation("Put a bot manager or WAF with bot detection in front of every internet entry point.")
            .severity(Severity.MEDIUM, "scraping, account takeover and DDoS from botnets")
            .stride(Stride.S, Stride.D, Stride.I)
            .strategies(Strategy.MS_SS_11)
            .nist("MS-SS-11#1")
            .catalog("R204-11.5")
            .targets(Targets.nodes(NodeKind.API_GATEWAY, NodeKind.INGRESS_GATEWAY, NodeKind.SERVICE,
                    NodeKind.WAF_BOT_MANAGER))
            .artefacts("Kong bot-detection plugin", "WAF bot management", "Coraza or ModSecurity with Envoy")
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
        if (!context.isInternetFacing(node)) {
            return Outcome.NOT_APPLICABLE;
        }
        Severity severity = context.rubric(METADATA.severity(), context.isAtLeast(node, Sensitivity.HIGHLY_SENSITIVE),
                false);
        if (node.kind() == NodeKind.SERVICE) {
            return Outcome.fire(severity, () -> "Service " + node.name() + " is called from the internet with no bot "
                    + "detection in front of it", List.of(Evidences.derived(node.id(), "internet-facing", true)));
        }
        Facts facts = Facts.collect();
        Fact<Boolean> detects = facts.of(node, GatewayAttributes.BOT_DETECTION);
        if (detects.isUnknown()) {
            return facts.unknownOutcome();
        }
        if (detects.value()) {
            return Outcome.PASS;
        }
        return Outcome.fire(severity, () -> node.kind().displayName() + " " + node.name()
                        + " is called from the internet without bot detection",
                List.of(Evidences.of(node, GatewayAttributes.BOT_DETECTION)));
    }
}
