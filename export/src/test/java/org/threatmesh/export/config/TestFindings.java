package org.threatmesh.export.config;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.threatmesh.model.ElementId;
import org.threatmesh.rules.Finding;
import org.threatmesh.rules.FindingKind;
import org.threatmesh.rules.Reference;
import org.threatmesh.rules.RuleKind;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.Stride;
import org.threatmesh.rules.Strategy;
import org.threatmesh.rules.Targets;

/**
 * Rules declared the way the catalog states them (strategies, references, mitigation artefacts), so stage 1 can be
 * tested before the built-in rules land. Ids mirror the catalog rows they stand for.
 */
final class TestFindings {

    static final RuleMetadata EW_WITHOUT_MTLS = rule("ew-call-without-mtls", Strategy.MS_SS_4,
            List.of(Reference.nist("MS-SS-4#2")), List.of("Istio PeerAuthentication STRICT mesh-wide",
                    "DestinationRule tls.mode: ISTIO_MUTUAL"), Targets.edges());
    static final RuleMetadata MESH_DEFAULT_ALLOW = rule("mesh-default-authz-allow", Strategy.MS_SS_13,
            List.of(Reference.nist("MS-SS-13#2")), List.of("Istio allow-nothing AuthorizationPolicy"),
            Targets.nodes(org.threatmesh.model.NodeKind.MESH_CONTROL_PLANE));
    static final RuleMetadata NO_CIRCUIT_BREAKER = rule("sync-call-without-circuit-breaker", Strategy.MS_SS_6,
            List.of(Reference.nist("MS-SS-6#1")), List.of("Istio DestinationRule.trafficPolicy.outlierDetection"),
            Targets.edges());
    static final RuleMetadata EGRESS_ALLOW_ANY = new RuleMetadata("mesh-egress-allow-any", "Mesh egress allows any",
            "External access should be off by default.", "Set REGISTRY_ONLY and add ServiceEntries.",
            Severity.MEDIUM, "exfiltration path", Set.of(Stride.I), List.of(),
            List.of(new Reference(Reference.SP800_204A, "SM-DR8")), Targets.nodes(
                    org.threatmesh.model.NodeKind.MESH_CONTROL_PLANE),
            List.of("meshConfig.outboundTrafficPolicy.mode: REGISTRY_ONLY"), RuleKind.CHECK, false);
    static final RuleMetadata NO_L3_POLICY = rule("zone-without-l3-policy", Strategy.MS_SS_13,
            List.of(Reference.nist("MS-SS-13#6")), List.of("Kubernetes NetworkPolicy default-deny"), Targets.zones());
    /** Same strategy as mTLS, but mitigated by something the exporter does not write. */
    static final RuleMetadata KEEP_ALIVE = rule("hot-call-without-keep-alive", Strategy.MS_SS_4,
            List.of(Reference.nist("MS-SS-4#3")), List.of("HTTP/2 upgrade (h2UpgradePolicy)"), Targets.edges());

    /** A strategy the export touches (MS-SS-8) whose mitigation it does not write. */
    static final RuleMetadata NO_FULL_REPLAY_CHECK = rule("high-security-without-full-replay-check",
            Strategy.MS_SS_8, List.of(Reference.nist("MS-SS-8#3")),
            List.of("Nonce/timestamp or jti cache at the gateway or in ext_authz"),
            Targets.nodes(org.threatmesh.model.NodeKind.SERVICE));

    private TestFindings() {
    }

    static Finding finding(RuleMetadata rule, ElementId element) {
        return new Finding(rule, element, element.value(), FindingKind.VIOLATION, rule.severity(), rule.strategies(),
                rule.title() + " on " + element.value(), List.of(), Optional.empty());
    }

    private static RuleMetadata rule(String id, Strategy strategy, List<Reference> references, List<String> artefacts,
            Targets targets) {
        return new RuleMetadata(id, "Rule " + id, "It matters.", "Fix it.", Severity.HIGH, "test", Set.of(Stride.S),
                List.of(strategy), references, targets, artefacts, RuleKind.CHECK, false);
    }
}
