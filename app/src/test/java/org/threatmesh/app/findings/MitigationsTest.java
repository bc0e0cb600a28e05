package org.threatmesh.app.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.threatmesh.app.analysis.LiveAnalysis;
import org.threatmesh.app.editing.EditingSession;
import org.threatmesh.app.testing.Fixtures;
import org.threatmesh.app.ui.UiExecutors;
import org.threatmesh.model.Edge;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.attr.ClientAuthn;
import org.threatmesh.model.attr.EdgeAttributes;
import org.threatmesh.model.attr.TlsMode;
import org.threatmesh.rules.Finding;
import org.threatmesh.rules.engine.Analyzer;

/**
 * One-click mitigations in the editor: the finding fires, one click, re-analysis, it is gone; undo brings it back.
 * The rules engine proves every remedy on its rule's cases; these cases prove the editor applies call and node
 * remedies, single and composite, as one undoable step.
 */
class MitigationsTest {

    private static final EdgeId CALL = EdgeId.of("e-x");

    /** For some rules with a one-click mitigation, a model in which it fires on {@link #CALL} or on n-a. */
    private static final Map<String, ThreatModel> BROKEN = Map.of(
            "east-west-without-mtls", call("n-a", "n-b", Fixtures.small(), TlsMode.NONE),
            "plaintext-north-south", call("n-client", "n-gw", Fixtures.small()
                    .withNode(Node.of(NodeId.of("n-client"), NodeKind.EXTERNAL_CLIENT, "Browser")), TlsMode.NONE),
            "insecure-broker-connection", Fixtures.small()
                    .withNode(Node.of(NodeId.of("n-bus"), NodeKind.MESSAGE_BROKER, "Bus"))
                    .withEdge(Edge.of(CALL, NodeId.of("n-a"), NodeId.of("n-bus")).with(EdgeAttributes.TLS, TlsMode.NONE)
                            .with(EdgeAttributes.CLIENT_AUTHN, ClientAuthn.NONE)),
            "no-keep-alive-on-busy-call", Fixtures.small()
                    .withEdge(Edge.of(CALL, NodeId.of("n-a"), NodeId.of("n-b")).with(EdgeAttributes.TLS, TlsMode.MTLS)
                            .with(EdgeAttributes.CALLS_PER_SECOND, 5_000).with(EdgeAttributes.KEEP_ALIVE, false)),
            "container-runs-as-root", Fixtures.small().withNode(Fixtures.small().nodes().get(NodeId.of("n-a"))
                    .with(org.threatmesh.model.attr.WorkloadAttributes.RUNS_AS_ROOT, true)));

    @Test
    void theEditorOffersExactlyTheRemediesOfTheBuiltInRules() {
        assertThat(Mitigations.ruleIds()).containsExactlyElementsOf(org.threatmesh.rules.builtin.BuiltInRules.all()
                .stream().filter(rule -> rule.remedy().isPresent()).map(rule -> rule.metadata().id()).sorted()
                .toList());
        assertThat(Mitigations.ruleIds()).containsAll(BROKEN.keySet()).hasSizeGreaterThan(25);
    }

    @Test
    void eachMitigationRemovesItsFindingInOneUndoableStep() {
        for (String ruleId : BROKEN.keySet()) {
            EditingSession session = new EditingSession(BROKEN.get(ruleId));
            LiveAnalysis analysis = new LiveAnalysis(session, Analyzer.withBuiltInRules(), UiExecutors.direct());
            FindingsViewModel findings = new FindingsViewModel(analysis, session, Fixtures.canvas(session),
                    Clock.systemUTC(), "me");
            String key = Finding.keyOf(ruleId, ruleId.equals("container-runs-as-root") ? NodeId.of("n-a") : CALL);
            Finding finding = analysis.result().orElseThrow().findingFor(key)
                    .orElseThrow(() -> new AssertionError(key + " does not fire on its broken model"));

            assertThat(findings.applyMitigation(finding)).as(key).isTrue();
            assertThat(analysis.result().orElseThrow().findingFor(key)).as(key).isEmpty();
            assertThat(session.history()).as(key).hasSize(1);

            session.undo();
            assertThat(analysis.result().orElseThrow().findingFor(key)).as(key).isPresent();
        }
    }

    @Test
    void findingsWithoutAnEntryAreRefusedWithAReason() {
        EditingSession session = new EditingSession(FindingsViewModelTest.brokenCall());
        LiveAnalysis analysis = new LiveAnalysis(session, Analyzer.withBuiltInRules(), UiExecutors.direct());
        FindingsViewModel findings = new FindingsViewModel(analysis, session, Fixtures.canvas(session),
                Clock.systemUTC(), "me");
        Finding review = analysis.result().orElseThrow().findingFor("needs-review@e-ab").orElseThrow();

        assertThat(findings.applyMitigation(review)).isFalse();
        assertThat(findings.messageProperty().get()).isEqualTo("No one-click mitigation for needs-review.");
        assertThat(session.history()).isEmpty();
    }

    private static ThreatModel call(String from, String to, ThreatModel model, TlsMode tls) {
        return model.withEdge(Edge.of(CALL, NodeId.of(from), NodeId.of(to)).with(EdgeAttributes.TLS, tls));
    }
}
