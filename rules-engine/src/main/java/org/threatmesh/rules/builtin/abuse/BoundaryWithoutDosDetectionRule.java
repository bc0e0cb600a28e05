package org.threatmesh.rules.builtin.abuse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.TrustZone;
import org.threatmesh.model.ZoneId;
import org.threatmesh.model.ZoneKind;
import org.threatmesh.model.attr.InfrastructureAttributes;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.Outcome;
import org.threatmesh.rules.Reach;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.Strategy;
import org.threatmesh.rules.Stride;
import org.threatmesh.rules.Targets;
import org.threatmesh.rules.ZoneRule;
import org.threatmesh.rules.builtin.support.Evidences;
import org.threatmesh.rules.builtin.support.Facts;
import org.threatmesh.rules.builtin.support.Meta;

/**
 * R204-11.3: an internal zone that the internet calls into directly, with no DoS and probing detection on its
 * boundary. A detector counts when it sits in the zone or an enclosing zone, or in front of the zone's
 * internet-facing nodes.
 */
public final class BoundaryWithoutDosDetectionRule implements ZoneRule {

    private static final RuleMetadata METADATA = Meta.rule("boundary-without-dos-detection")
            .title("Internet-facing zone without DoS and probing detection")
            .rationale("Denial of service and distributed probing are only stopped in time if boundary devices "
                    + "notice them before the service becomes unreachable; SP 800-204 asks for IDS and boundary "
                    + "devices configured to detect both.")
            .remediation("Put DoS and probing detection on the zone's internet boundary, for example a cloud DDoS "
                    + "service, a WAF or a network IDS.")
            .severity(Severity.MEDIUM, "availability weakness with a direct exploit path from the internet")
            .stride(Stride.D, Stride.I)
            .strategies(Strategy.MS_SS_11)
            .nist("MS-SS-11#3")
            .catalog("R204-11.3")
            .targets(Targets.zones())
            .artefacts("AWS Shield", "Google Cloud Armor", "Suricata or Zeek", "WAF rate-based rules")
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
        return java.util.Optional.of(java.util.Set.of(org.threatmesh.model.attr.InfrastructureAttributes.DDOS_DETECTION));
    }

    @Override
    public Outcome evaluate(TrustZone zone, AnalysisContext context) {
        if (zone.kind().isUntrusted() || zone.kind() == ZoneKind.INTERNET) {
            return Outcome.NOT_APPLICABLE;
        }
        Exposure exposure = context.derived(Exposure.class, Exposure::index);
        List<Node> facing = exposure.facingByZone().getOrDefault(zone.id(), List.of());
        if (facing.isEmpty()) {
            return Outcome.NOT_APPLICABLE;
        }
        Set<ZoneId> chain = new HashSet<>(context.graph().zoneChainOf(zone.id()));
        Set<NodeId> inFront = new HashSet<>();
        for (Node node : facing) {
            inFront.addAll(context.callers(node.id()));
        }
        Facts facts = Facts.collect();
        for (Node detector : exposure.detectors()) {
            boolean covers = inFront.contains(detector.id())
                    || context.zoneChain(detector).stream().anyMatch(chain::contains);
            if (covers && facts.of(detector, InfrastructureAttributes.DDOS_DETECTION).is(true)) {
                return Outcome.PASS;
            }
        }
        if (facts.anyUnknown()) {
            return facts.unknownOutcome();
        }
        List<String> names = facing.stream().map(Node::name).toList();
        return Outcome.fire(METADATA.severity(), () -> "Zone " + zone.name() + " is called from the internet ("
                        + String.join(", ", names) + ") with no DoS or probing detection on its boundary",
                List.of(Evidences.derived(zone.id(), "internet-facing nodes", names),
                        Evidences.derived(zone.id(), "DoS detectors", "none")));
    }

    /**
     * Computed once per snapshot: the internet-facing nodes of each zone (by innermost zone, in id order) and the
     * nodes that can carry DoS detection.
     */
    private record Exposure(Map<ZoneId, List<Node>> facingByZone, List<Node> detectors) {

        static Exposure index(AnalysisContext context) {
            Map<ZoneId, List<Node>> facing = new HashMap<>();
            List<Node> detectors = new ArrayList<>();
            for (Node node : context.model().nodes().values()) {
                if (node.zone().isPresent() && context.isInternetFacing(node)) {
                    facing.computeIfAbsent(node.zone().get(), zone -> new ArrayList<>()).add(node);
                }
                if (InfrastructureAttributes.DDOS_DETECTION.applies().toNode(node.kind())) {
                    detectors.add(node);
                }
            }
            return new Exposure(facing, detectors);
        }
    }
}
