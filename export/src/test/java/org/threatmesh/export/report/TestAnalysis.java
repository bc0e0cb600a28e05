package org.threatmesh.export.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.threatmesh.model.Edge;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.attr.ApiKeyScope;
import org.threatmesh.model.attr.ClientAuthn;
import org.threatmesh.model.attr.EdgeAttributes;
import org.threatmesh.model.attr.InfrastructureAttributes;
import org.threatmesh.model.attr.Sensitivity;
import org.threatmesh.model.attr.TlsMode;
import org.threatmesh.rules.Evidence;
import org.threatmesh.rules.Finding;
import org.threatmesh.rules.FindingKind;
import org.threatmesh.rules.Reference;
import org.threatmesh.rules.RuleKind;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.Strategy;
import org.threatmesh.rules.Stride;
import org.threatmesh.rules.Targets;

/**
 * A small test-scope analysis for report tests until the real engine lands: six rules with real metadata, each
 * deciding from the model's attributes, and findings with the model's triage attached.
 */
public final class TestAnalysis {

    public static final RuleMetadata PLAINTEXT_CALL = new RuleMetadata("test-plaintext-call",
            "Call without transport encryption", "Anyone on the network path can read and alter the call.",
            "Require mTLS on the call, for example with a STRICT peer authentication policy.", Severity.HIGH,
            "data readable in transit", Set.of(Stride.I, Stride.T), List.of(Strategy.MS_SS_4),
            List.of(Reference.nist("MS-SS-4#1"), Reference.cwe(319)), Targets.edges(),
            List.of("Istio PeerAuthentication", "Kubernetes NetworkPolicy"), RuleKind.CHECK, false);

    public static final RuleMetadata STATIC_CREDENTIAL = new RuleMetadata("test-static-credential",
            "Sensitive data behind a static credential", "A leaked key or password opens sensitive data.",
            "Require a signed, short-lived token validated against the issuer.", Severity.HIGH,
            "sensitive data reachable with a static credential", Set.of(Stride.S, Stride.I),
            List.of(Strategy.MS_SS_1), List.of(Reference.nist("MS-SS-1#1")), Targets.edges(),
            List.of("Istio RequestAuthentication", "Kong jwt"), RuleKind.CHECK, false);

    public static final RuleMetadata UNRESTRICTED_KEY = new RuleMetadata("test-unrestricted-api-key",
            "API key not restricted by client and API", "A leaked key works from anywhere, against everything.",
            "Restrict each API key to its client application and the APIs it needs.", Severity.MEDIUM,
            "broad key scope", Set.of(Stride.S, Stride.E), List.of(Strategy.MS_SS_1, Strategy.MS_SS_12),
            List.of(Reference.nist("MS-SS-1#3")), Targets.edges(), List.of("Kong key-auth + acl"), RuleKind.CHECK,
            false);

    public static final RuleMetadata UNENCRYPTED_STORE = new RuleMetadata("test-unencrypted-store",
            "Data at rest not encrypted", "A stolen disk or snapshot exposes the data.",
            "Turn on encryption at rest with keys held in a key management service.", Severity.MEDIUM,
            "needs storage access first", Set.of(Stride.I), List.of(),
            List.of(new Reference(Reference.SP800_204A, "SM-DR19"), Reference.cwe(311)),
            Targets.nodes(NodeKind.DATASTORE, NodeKind.SESSION_STORE, NodeKind.MESSAGE_BROKER), List.of(),
            RuleKind.CHECK, true);

    public static final RuleMetadata RATE_LIMIT_ATTESTED = new RuleMetadata("test-rate-limit-attested",
            "Rate limits reviewed for the gateway", "Without limits one client can exhaust shared capacity.",
            "Confirm per-client rate limits at the gateway and record the decision.", Severity.MEDIUM,
            "availability", Set.of(Stride.D), List.of(Strategy.MS_SS_8, Strategy.MS_SS_12),
            List.of(Reference.nist("MS-SS-8#1")), Targets.nodes(NodeKind.API_GATEWAY), List.of("Kong rate-limiting"),
            RuleKind.ATTESTATION, false);

    public static final RuleMetadata CIRCUIT_BREAKER_KNOWN = new RuleMetadata("test-circuit-breaker-unknown",
            "Circuit breaker placement unknown", "Without a breaker one slow service can stall its callers.",
            "Record where the call's circuit breaker sits, or add one in the proxy.", Severity.LOW,
            "decides a resilience check", Set.of(Stride.D), List.of(Strategy.MS_SS_6),
            List.of(Reference.nist("MS-SS-6#1")), Targets.edges(), List.of("Istio DestinationRule outlierDetection"),
            RuleKind.CHECK, false);

    public static final List<RuleMetadata> RULES = List.of(CIRCUIT_BREAKER_KNOWN, PLAINTEXT_CALL, RATE_LIMIT_ATTESTED,
            STATIC_CREDENTIAL, UNENCRYPTED_STORE, UNRESTRICTED_KEY);

    private TestAnalysis() {
    }

    /** The findings of the six rules on {@code model}, with the model's triage decisions attached. */
    public static List<Finding> findings(ThreatModel model) {
        List<Finding> findings = new ArrayList<>();
        for (Edge edge : model.edges().values()) {
            String name = model.nameOf(edge.id());
            if (edge.get(EdgeAttributes.TLS).is(TlsMode.NONE)) {
                findings.add(finding(model, PLAINTEXT_CALL, edge.id(), name, FindingKind.VIOLATION, Severity.HIGH,
                        "The call " + name + " from " + model.nameOf(edge.from()) + " to " + model.nameOf(edge.to())
                                + " is not encrypted.", new Evidence(edge.id().value(), "tls", "none")));
            }
            boolean sensitive = edge.get(EdgeAttributes.DATA_SENSITIVITY)
                    .isAnyOf(Sensitivity.SENSITIVE, Sensitivity.HIGHLY_SENSITIVE);
            if (sensitive && edge.get(EdgeAttributes.CLIENT_AUTHN)
                    .isAnyOf(ClientAuthn.NONE, ClientAuthn.API_KEY, ClientAuthn.BASIC)) {
                ClientAuthn authn = edge.get(EdgeAttributes.CLIENT_AUTHN).value();
                findings.add(finding(model, STATIC_CREDENTIAL, edge.id(), name, FindingKind.VIOLATION,
                        authn == ClientAuthn.NONE ? Severity.CRITICAL : Severity.HIGH,
                        model.nameOf(edge.to()) + " receives sensitive data from " + model.nameOf(edge.from())
                                + " with " + authn.wireName() + " authentication only.",
                        new Evidence(edge.id().value(), "clientAuthn", authn.wireName()),
                        new Evidence(edge.id().value(), "dataSensitivity",
                                edge.get(EdgeAttributes.DATA_SENSITIVITY).value().wireName())));
            }
            if (edge.get(EdgeAttributes.API_KEY_SCOPE).is(ApiKeyScope.ALL)) {
                findings.add(finding(model, UNRESTRICTED_KEY, edge.id(), name, FindingKind.VIOLATION,
                        Severity.MEDIUM, "The API key on " + name + " works for every API.",
                        new Evidence(edge.id().value(), "apiKeyScope", "all")));
            }
            if (edge.get(EdgeAttributes.CIRCUIT_BREAKER).isUnknown()
                    && model.node(edge.to()).map(Node::kind).filter(NodeKind.SERVICE::equals).isPresent()) {
                findings.add(finding(model, CIRCUIT_BREAKER_KNOWN, edge.id(), name, FindingKind.NEEDS_REVIEW,
                        Severity.LOW, "Whether " + name + " has a circuit breaker is not recorded.",
                        new Evidence(edge.id().value(), "circuitBreaker", "unknown")));
            }
        }
        for (Node node : model.nodes().values()) {
            if (UNENCRYPTED_STORE.targets().nodeKinds().contains(node.kind())
                    && node.get(InfrastructureAttributes.ENCRYPTION_AT_REST).is(false)) {
                findings.add(finding(model, UNENCRYPTED_STORE, node.id(), node.name(), FindingKind.VIOLATION,
                        Severity.MEDIUM, node.name() + " stores data unencrypted.",
                        new Evidence(node.id().value(), "encryptionAtRest", "false")));
            }
            if (node.kind() == NodeKind.API_GATEWAY) {
                findings.add(finding(model, RATE_LIMIT_ATTESTED, node.id(), node.name(),
                        FindingKind.NEEDS_ATTESTATION, Severity.MEDIUM,
                        "Confirm that " + node.name() + " limits the request rate per client."));
            }
        }
        findings.sort(Comparator.comparing(Finding::key));
        return findings;
    }

    private static Finding finding(ThreatModel model, RuleMetadata rule, ElementId element, String name,
            FindingKind kind, Severity severity, String message, Evidence... evidence) {
        Finding finding = new Finding(rule, element, name, kind, severity, rule.strategies(), message,
                List.of(evidence), Optional.empty());
        return finding.withTriage(Optional.ofNullable(model.triage().get(finding.key())));
    }
}
