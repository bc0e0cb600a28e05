package org.threatmesh.export.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.threatmesh.export.report.Block.Cell;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.TriageDecision;
import org.threatmesh.model.TriageStatus;
import org.threatmesh.samples.SampleCatalog;

class ReportBuilderTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-14T09:30:00Z"), ZoneOffset.UTC);
    private static final ThreatModel SHOP = SampleCatalog.defaultSample().load();

    private static Report build(ThreatModel model, ReportOptions options) {
        return new ReportBuilder().build(new ReportInput(model, TestAnalysis.findings(model), TestAnalysis.RULES,
                CLOCK, options));
    }

    private static Report shop() {
        return build(SHOP, ReportOptions.defaults());
    }

    @Test
    void sectionsComeInReadingOrder() {
        assertThat(shop().sections()).extracting(Section::anchor).containsExactly(Section.COVER, Section.SUMMARY,
                Section.ARCHITECTURE, Section.COVERAGE, Section.FINDINGS, Section.STRATEGY_INDEX, Section.APPENDIX);
    }

    @Test
    void metadataComesFromTheModelTheOptionsAndTheClock() {
        ReportMetadata metadata = build(SHOP, ReportOptions.defaults().withAuthor("Ana")).metadata();
        assertThat(metadata.title()).isEqualTo("Threat model report: Online shop");
        assertThat(metadata.author()).isEqualTo("Ana");
        assertThat(metadata.created()).isEqualTo(CLOCK.instant());
        assertThat(metadata.keywords()).isEqualTo("threat model, NIST SP 800-204, microservices, STRIDE, MS-SS-1, "
                + "MS-SS-4, MS-SS-6, MS-SS-8, MS-SS-12");
        assertThat(shop().metadata().author()).isEqualTo("ThreatMesh team");
    }

    @Test
    void coverStatesTheWorstOpenViolation() {
        Block.Cover cover = (Block.Cover) shop().section(Section.COVER).blocks().get(0);
        assertThat(cover.rating()).isEqualTo("Overall risk: Critical — 1 open critical violation");
        assertThat(cover.ratingTone()).isEqualTo(Tone.CRITICAL);
        assertThat(cover.facts()).extracting(Cell::text).contains("Model version: 1.0", "Report date: 14 March 2026");
    }

    @Test
    void summaryCountsOpenViolationsBySeverity() {
        Block.Metrics metrics = blocks(shop().section(Section.SUMMARY), Block.Metrics.class).get(0);
        assertThat(metrics.metrics()).extracting(Block.Metric::label, Block.Metric::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Critical", 1), org.assertj.core.groups.Tuple.tuple("High", 4),
                org.assertj.core.groups.Tuple.tuple("Medium", 3), org.assertj.core.groups.Tuple.tuple("Low", 0),
                org.assertj.core.groups.Tuple.tuple("Needs review", 4));
        Block.BarChart byStrategy = blocks(shop().section(Section.SUMMARY), Block.BarChart.class).get(1);
        assertThat(byStrategy.bars()).hasSize(13);
        assertThat(byStrategy.bars().get(3).label()).isEqualTo("MS-SS-4 Secure communication");
        assertThat(byStrategy.bars().get(3).value()).isEqualTo(2);
        assertThat(byStrategy.bars().get(3).tone()).isEqualTo(Tone.HIGH);
    }

    @Test
    void topRisksLinkToTheirCardsWorstFirst() {
        Block.Bullets risks = blocks(shop().section(Section.SUMMARY), Block.Bullets.class).get(0);
        assertThat(risks.items()).hasSize(5);
        assertThat(risks.items().get(0).link()).contains("finding:test-static-credential@e-browser-idp");
        assertThat(risks.items().get(0).text()).startsWith("Critical: Identity provider (Keycloak) receives");
    }

    @Test
    void triageSummaryListsStaleExpiredAndExpiringDecisions() {
        Instant decided = Instant.parse("2026-01-01T00:00:00Z");
        ThreatModel model = withoutSampleTriage(SHOP)
                .withTriage(new TriageDecision("test-plaintext-call@e-cart-store", TriageStatus.ACCEPTED_RISK,
                        "Redis is on the node network only.", "Ana", decided, Optional.of(LocalDate.of(2026, 3, 1))))
                .withTriage(new TriageDecision("test-plaintext-call@e-broker-notify", TriageStatus.MITIGATED,
                        "Mesh enforces mTLS.", "Ana", decided, Optional.of(LocalDate.of(2026, 4, 1))))
                .withTriage(new TriageDecision("test-plaintext-call@e-gone", TriageStatus.FALSE_POSITIVE,
                        "Removed call.", "Ana", decided, Optional.empty()))
                .withTriage(new TriageDecision("test-unencrypted-store@n-broker", TriageStatus.ACCEPTED_RISK,
                        "Events hold no card data.", "Ana", decided, Optional.of(LocalDate.of(2027, 1, 1))));
        Block.Table table = blocks(build(model, ReportOptions.defaults()).section(Section.SUMMARY),
                Block.Table.class).get(1);
        assertThat(table.rows()).extracting(row -> row.cells().get(0).text() + " | " + row.cells().get(2).text())
                .containsExactly(
                        "test-plaintext-call@e-broker-notify | Expires on 1 April 2026",
                        "test-plaintext-call@e-cart-store | Expired on 1 March 2026",
                        "test-plaintext-call@e-gone | Stale: the finding no longer fires");
    }

    /** The sample ships triage decisions on built-in rules; these tests use their own rules and decisions. */
    private static ThreatModel withoutSampleTriage(ThreatModel model) {
        ThreatModel result = model;
        for (String key : model.triage().keySet()) {
            result = result.withoutTriage(key);
        }
        return result;
    }

    @Test
    void findingsAreGroupedByElementWithTriageShownMuted() {
        ThreatModel model = SHOP.withTriage(new TriageDecision("test-plaintext-call@e-cart-store",
                TriageStatus.MITIGATED, "Redis moved behind the mesh.", "Ana", Instant.parse("2026-02-02T10:00:00Z"),
                Optional.empty()));
        Section findings = build(model, ReportOptions.defaults()).section(Section.FINDINGS);
        List<Block.Heading> headings = blocks(findings, Block.Heading.class);
        assertThat(headings).extracting(Block.Heading::text).startsWith("Order events (RabbitMQ) (message broker)",
                "Cart store (Redis) (session store)", "Edge API gateway (api gateway)");
        assertThat(headings.get(0).anchor()).contains("element:node:n-broker");
        Block.FindingCard triaged = blocks(findings, Block.FindingCard.class).stream()
                .filter(card -> card.key().equals("test-plaintext-call@e-cart-store")).findFirst().orElseThrow();
        assertThat(triaged.tone()).isEqualTo(Tone.MUTED);
        assertThat(triaged.triage()).isEqualTo("Mitigated by Ana on 2 February 2026: Redis moved behind the mesh.");
        assertThat(triaged.evidence()).containsExactly("e-cart-store: tls = none");
        assertThat(triaged.artefacts()).containsExactly("Istio PeerAuthentication", "Kubernetes NetworkPolicy");
    }

    @Test
    void anExpiredDecisionNoLongerClosesItsFinding() {
        ThreatModel model = SHOP.withTriage(new TriageDecision("test-plaintext-call@e-cart-store",
                TriageStatus.ACCEPTED_RISK, "Redis is on the node network only.", "Ana",
                Instant.parse("2026-01-01T00:00:00Z"), Optional.of(LocalDate.of(2026, 3, 1))));
        Block.FindingCard card = blocks(build(model, ReportOptions.defaults()).section(Section.FINDINGS),
                Block.FindingCard.class).stream().filter(c -> c.key().equals("test-plaintext-call@e-cart-store"))
                .findFirst().orElseThrow();
        assertThat(card.tone()).isEqualTo(Tone.HIGH);
        assertThat(card.triage()).isEqualTo("Open by Ana on 1 January 2026, review by 1 March 2026: the accepted "
                + "risk decision expired on 1 March 2026 (Redis is on the node network only.)");
    }

    @Test
    void everyIndexLinkTargetsACard() {
        Report report = shop();
        Set<String> cards = blocks(report.section(Section.FINDINGS), Block.FindingCard.class).stream()
                .map(Block.FindingCard::anchor).collect(Collectors.toSet());
        List<String> links = blocks(report.section(Section.STRATEGY_INDEX), Block.Table.class).stream()
                .flatMap(table -> table.rows().stream()).map(row -> row.cells().get(0).link().orElseThrow()).toList();
        assertThat(links).hasSize(14).allMatch(cards::contains);
        assertThat(cards).hasSize(TestAnalysis.findings(SHOP).size());
    }

    @Test
    void coverageMatrixJudgesEachStrategy() {
        Block.Table strategies = blocks(shop().section(Section.COVERAGE), Block.Table.class).get(0);
        assertThat(strategies.rows()).extracting(row -> row.cells().get(0).text() + " " + row.cells().get(6).text())
                .containsExactly("MS-SS-1 Violated", "MS-SS-2 Not assessed", "MS-SS-3 Not assessed",
                        "MS-SS-4 Violated", "MS-SS-5 Not assessed", "MS-SS-6 Needs review", "MS-SS-7 Not assessed",
                        "MS-SS-8 Needs review", "MS-SS-9 Not assessed", "MS-SS-10 Not assessed",
                        "MS-SS-11 Not assessed", "MS-SS-12 Violated", "MS-SS-13 Not assessed");
        Block.Table elements = blocks(shop().section(Section.COVERAGE), Block.Table.class).get(1);
        Block.Row cartStore = elements.rows().stream()
                .filter(row -> row.cells().get(0).text().startsWith("read/write carts")).findFirst().orElseThrow();
        assertThat(cartStore.cells()).extracting(Cell::text).containsExactly("read/write carts (Cart → Cart store "
                + "(Redis))", "✓", "·", "·", "✗", "·", "✓", "·", "·", "·", "·", "·", "✓", "·");
    }

    @Test
    void anAcceptedRiskStillCountsAsAGapInTheCoverageMatrix() {
        ThreatModel model = SHOP
                .withTriage(new TriageDecision("test-plaintext-call@e-cart-store", TriageStatus.ACCEPTED_RISK,
                        "Redis is on the node network only.", "Ana", Instant.parse("2026-01-01T00:00:00Z"),
                        Optional.empty()))
                .withTriage(new TriageDecision("test-plaintext-call@e-broker-notify", TriageStatus.MITIGATED,
                        "Mesh enforces mTLS.", "Ana", Instant.parse("2026-01-01T00:00:00Z"), Optional.empty()));
        Section coverage = build(model, ReportOptions.defaults()).section(Section.COVERAGE);
        Block.Row secureCommunication = blocks(coverage, Block.Table.class).get(0).rows().get(3);
        assertThat(secureCommunication.cells()).extracting(Cell::text)
                .containsExactly("MS-SS-4", "Secure communication (§4.3)", "1", "1", "0", "2", "Violated");
        Block.Table elements = blocks(coverage, Block.Table.class).get(1);
        assertThat(elements.rows()).filteredOn(row -> row.cells().get(0).text().startsWith("deliver OrderPlaced (Order "
                + "events (RabbitMQ) → Notifications)")).singleElement()
                .satisfies(row -> assertThat(row.cells().get(4).text()).isEqualTo("✓"));
    }

    @Test
    void largeModelsGetAnOverviewAndOneDiagramPerZone() {
        Section architecture = build(SHOP, ReportOptions.defaults().withMaxNodesOnOneDiagram(5))
                .section(Section.ARCHITECTURE);
        assertThat(blocks(architecture, Block.Diagram.class)).extracting(d -> d.view().title()).containsExactly(
                ZoneOverview.TITLE, "Zone prod-cluster (Cluster)", "Zone Payment provider (External)",
                "Zone Internet (Internet)", "Zone edge (Namespace)", "Zone shop (Namespace)");
        DiagramView overview = blocks(architecture, Block.Diagram.class).get(0).view();
        assertThat(overview.nodes()).extracting(DiagramView.Node::name).containsExactly(
                "Internet · 2 components", "prod-cluster · 2 components", "edge · 2 components",
                "shop · 10 components", "Payment provider · 1 component");
        assertThat(overview.edges()).extracting(e -> e.from() + ">" + e.to() + " " + e.label() + " " + e.worst())
                .containsExactly("z-internet>z-ns-edge 3 calls CRITICAL", "z-ns-edge>z-cluster 1 call NEUTRAL",
                        "z-ns-edge>z-ns-shop 1 call NEUTRAL", "z-ns-shop>z-external 1 call NEUTRAL");
        DiagramView shopZone = blocks(architecture, Block.Diagram.class).get(5).view();
        assertThat(shopZone.nodes()).hasSize(10);
        assertThat(shopZone.note()).isEqualTo("2 calls cross this zone's boundary; the overview shows where they go.");
        assertThat(shopZone.nodes()).allSatisfy(node -> {
            assertThat(node.x()).isGreaterThanOrEqualTo(0);
            assertThat(node.x() + node.width()).isLessThanOrEqualTo(shopZone.width());
            assertThat(node.y() + node.height()).isLessThanOrEqualTo(shopZone.height());
        });
    }

    @Test
    void diagramMarksWorstOpenViolationAndCountsOpenFindings() {
        DiagramView view = blocks(shop().section(Section.ARCHITECTURE), Block.Diagram.class).get(0).view();
        DiagramView.Edge login = view.edges().stream().filter(e -> e.id().equals("e-browser-idp")).findFirst()
                .orElseThrow();
        assertThat(login.worst()).isEqualTo(Tone.CRITICAL);
        assertThat(login.openCount()).isEqualTo(1);
        DiagramView.Node gateway = view.nodes().stream().filter(n -> n.id().equals("n-gateway")).findFirst()
                .orElseThrow();
        assertThat(gateway.worst()).isEqualTo(Tone.NEUTRAL);
        assertThat(gateway.openCount()).isEqualTo(1);
        assertThat(gateway.icon()).isEqualTo("api_gateway");
    }

    @Test
    void appendixListsEveryRuleWithItsReferenceAndEveryElementAsABookmark() {
        Section appendix = shop().section(Section.APPENDIX);
        Block.Table rules = blocks(appendix, Block.Table.class).get(0);
        assertThat(rules.rows()).extracting(row -> row.cells().get(0).text() + " " + row.cells().get(3).text())
                .contains("test-plaintext-call NIST SP 800-204 MS-SS-4#1; CWE-319",
                        "test-unencrypted-store NIST SP 800-204A SM-DR19; CWE-311");
        long anchoredRows = blocks(appendix, Block.Table.class).stream().flatMap(t -> t.rows().stream())
                .filter(row -> row.anchor().isPresent()).count();
        assertThat(anchoredRows).isEqualTo(SHOP.nodes().size() + SHOP.edges().size() + SHOP.zones().size());
    }

    @Test
    void equalInputsBuildEqualReports() {
        assertThat(shop()).isEqualTo(shop());
    }

    private static <T extends Block> List<T> blocks(Section section, Class<T> type) {
        return section.blocks().stream().filter(type::isInstance).map(type::cast).toList();
    }
}
