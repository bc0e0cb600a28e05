package org.threatmesh.rules.builtin.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.threatmesh.model.NodeKind.API_GATEWAY;
import static org.threatmesh.model.NodeKind.DATASTORE;
import static org.threatmesh.model.NodeKind.DNS_RESOLVER;
import static org.threatmesh.model.NodeKind.EXTERNAL_CLIENT;
import static org.threatmesh.model.NodeKind.LOAD_BALANCER;
import static org.threatmesh.model.NodeKind.SERVICE;
import static org.threatmesh.model.attr.EdgeAttributes.CIRCUIT_BREAKER;
import static org.threatmesh.model.attr.EdgeAttributes.MODE;
import static org.threatmesh.model.attr.EdgeAttributes.RETRY_ATTEMPTS;
import static org.threatmesh.model.attr.EdgeAttributes.RETRY_BUDGET;
import static org.threatmesh.model.attr.EdgeAttributes.RETRY_PER_TRY_TIMEOUT;
import static org.threatmesh.model.attr.EdgeAttributes.TIMEOUT;
import static org.threatmesh.model.attr.EdgeAttributes.TLS;
import static org.threatmesh.rules.builtin.RuleFixtures.a;

import org.junit.jupiter.api.Test;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.ZoneKind;
import org.threatmesh.model.attr.CallMode;
import org.threatmesh.model.attr.CircuitBreakerPlacement;
import org.threatmesh.model.attr.HealthCheckMode;
import org.threatmesh.model.attr.InfrastructureAttributes;
import org.threatmesh.model.attr.Sensitivity;
import org.threatmesh.model.attr.TlsMode;
import org.threatmesh.model.attr.WorkloadAttributes;
import org.threatmesh.model.attr.ZoneAttributes;
import org.threatmesh.rules.Evidence;
import org.threatmesh.rules.builtin.RuleFixtures;
import org.threatmesh.rules.builtin.RuleHarness;

class ResilienceRulesTest {

    /** Gateway and three services; edges differ only in the attributes a case sets. */
    private static RuleFixtures shop() {
        return RuleFixtures.model()
                .zone("internet", ZoneKind.INTERNET)
                .node("client", EXTERNAL_CLIENT, "internet")
                .node("gw", API_GATEWAY, null)
                .node("orders", SERVICE, null)
                .node("payments", SERVICE, null, a(WorkloadAttributes.DATA_SENSITIVITY, Sensitivity.HIGHLY_SENSITIVE))
                .node("db", DATASTORE, null);
    }

    @Test
    void missingCircuitBreakerFiresOnSyncInternalApiCallsOnly() {
        ThreatModel model = shop()
                .edge("e-client", "client", "gw", a(MODE, CallMode.SYNC), a(CIRCUIT_BREAKER, CircuitBreakerPlacement.NONE))
                .edge("e-gw", "gw", "orders", a(MODE, CallMode.SYNC), a(CIRCUIT_BREAKER, CircuitBreakerPlacement.NONE))
                .edge("e-pay", "orders", "payments", a(MODE, CallMode.SYNC),
                        a(CIRCUIT_BREAKER, CircuitBreakerPlacement.NONE))
                .edge("e-async", "payments", "orders", a(MODE, CallMode.ASYNC),
                        a(CIRCUIT_BREAKER, CircuitBreakerPlacement.NONE))
                .edge("e-db", "orders", "db", a(MODE, CallMode.SYNC), a(CIRCUIT_BREAKER, CircuitBreakerPlacement.NONE))
                .edge("dont-fire-proxy", "gw", "payments", a(CIRCUIT_BREAKER, CircuitBreakerPlacement.PROXY))
                .edge("e-unknown", "payments", "gw", a(MODE, CallMode.SYNC))
                .build();

        assertThat(RuleHarness.run(new MissingCircuitBreakerRule(), model)).containsExactly(
                "sync-call-without-circuit-breaker@e-gw fire medium",
                "sync-call-without-circuit-breaker@e-pay fire high",
                "sync-call-without-circuit-breaker@e-unknown unknown e-unknown.circuitBreaker");
        assertThat(RuleHarness.fired(new MissingCircuitBreakerRule(), model, "e-pay").message())
                .isEqualTo("Calls from orders to payments have no circuit breaker");
        assertThat(RuleHarness.fired(new MissingCircuitBreakerRule(), model, "e-pay").evidence()).containsExactly(
                new Evidence("e-pay", "mode", "sync"), new Evidence("e-pay", "circuitBreaker", "none"));
    }

    @Test
    void missingCircuitBreakerNamesEveryBlockingFact() {
        ThreatModel model = shop().edge("e", "gw", "orders").build();

        assertThat(RuleHarness.run(new MissingCircuitBreakerRule(), model))
                .containsExactly("sync-call-without-circuit-breaker@e unknown e.mode, e.circuitBreaker");
    }

    @Test
    void clientSideBreakerFiresOnlyForClientPlacement() {
        ThreatModel model = shop()
                .edge("e-client", "gw", "orders", a(MODE, CallMode.SYNC), a(CIRCUIT_BREAKER, CircuitBreakerPlacement.CLIENT))
                .edge("dont-fire-server", "orders", "payments", a(MODE, CallMode.SYNC),
                        a(CIRCUIT_BREAKER, CircuitBreakerPlacement.SERVER))
                .edge("dont-fire-none", "payments", "orders", a(MODE, CallMode.SYNC),
                        a(CIRCUIT_BREAKER, CircuitBreakerPlacement.NONE))
                .edge("e-unknown", "gw", "payments", a(CIRCUIT_BREAKER, CircuitBreakerPlacement.CLIENT))
                .build();

        assertThat(RuleHarness.run(new ClientSideCircuitBreakerRule(), model)).containsExactly(
                "client-side-circuit-breaker-only@e-client fire low",
                "client-side-circuit-breaker-only@e-unknown unknown e-unknown.mode");
    }

    @Test
    void retriesFireAboveTheThresholdOrWithoutBudget() {
        RuleFixtures.Attr<?>[] bounded = {a(MODE, CallMode.SYNC), a(TIMEOUT, 2000), a(RETRY_PER_TRY_TIMEOUT, 500),
                a(RETRY_BUDGET, true)};
        ThreatModel model = shop()
                .edge("dont-fire-3", "gw", "orders", concat(bounded, a(RETRY_ATTEMPTS, 3)))
                .edge("e-4", "orders", "payments", concat(bounded, a(RETRY_ATTEMPTS, 4)))
                .edge("dont-fire-0", "payments", "orders", a(MODE, CallMode.SYNC), a(RETRY_ATTEMPTS, 0))
                .edge("e-nobudget", "gw", "payments", a(MODE, CallMode.SYNC), a(RETRY_ATTEMPTS, 1),
                        a(RETRY_BUDGET, false))
                .edge("e-timeouts", "payments", "gw", a(MODE, CallMode.SYNC), a(RETRY_ATTEMPTS, 2),
                        a(RETRY_BUDGET, true))
                .build();

        assertThat(RuleHarness.run(new UnboundedRetriesRule(), model)).containsExactly(
                "unbounded-retries@e-4 fire high",
                "unbounded-retries@e-nobudget fire high",
                "unbounded-retries@e-timeouts unknown e-timeouts.timeout, e-timeouts.retryPerTryTimeout");
        assertThat(RuleHarness.run(new UnboundedRetriesRule(4), model)).containsExactly(
                "unbounded-retries@e-nobudget fire high",
                "unbounded-retries@e-timeouts unknown e-timeouts.timeout, e-timeouts.retryPerTryTimeout");
    }

    @Test
    void retriesUnknownAttemptsBlockEvenWithoutBudget() {
        ThreatModel model = shop().edge("e", "gw", "orders", a(MODE, CallMode.SYNC), a(RETRY_BUDGET, false)).build();

        assertThat(RuleHarness.run(new UnboundedRetriesRule(), model))
                .containsExactly("unbounded-retries@e unknown e.retryAttempts, e.timeout, e.retryPerTryTimeout");
    }

    @Test
    void loadBalancerHealthChecks() {
        ThreatModel model = RuleFixtures.model()
                .node("lb-inline", LOAD_BALANCER, null, a(InfrastructureAttributes.HEALTH_CHECK, HealthCheckMode.INLINE))
                .node("lb-none", LOAD_BALANCER, null, a(InfrastructureAttributes.HEALTH_CHECK, HealthCheckMode.NONE))
                .node("dont-fire-lb", LOAD_BALANCER, null,
                        a(InfrastructureAttributes.HEALTH_CHECK, HealthCheckMode.ACTIVE))
                .node("lb-unknown", LOAD_BALANCER, null)
                .build();

        assertThat(RuleHarness.run(new PerRequestHealthCheckRule(), model)).containsExactly(
                "per-request-health-checks@lb-inline fire low",
                "per-request-health-checks@lb-none fire low",
                "per-request-health-checks@lb-unknown unknown lb-unknown.healthCheck");
    }

    @Test
    void loadBalancerLinkSeverityFollowsTheTrustBoundary() {
        ThreatModel model = RuleFixtures.model()
                .zone("dmz", ZoneKind.DMZ, a(ZoneAttributes.TRUST, 3))
                .zone("core", ZoneKind.CLUSTER, a(ZoneAttributes.TRUST, 7))
                .zone("vague", ZoneKind.CLUSTER)
                .node("lb", LOAD_BALANCER, "dmz")
                .node("web", SERVICE, "dmz")
                .node("core-svc", SERVICE, "core")
                .node("vague-svc", SERVICE, "vague")
                .node("dont-fire-svc", SERVICE, "core")
                .edge("e-same", "lb", "web", a(TLS, TlsMode.NONE))
                .edge("e-cross", "lb", "core-svc", a(TLS, TlsMode.NONE))
                .edge("e-vague", "lb", "vague-svc", a(TLS, TlsMode.NONE))
                .edge("dont-fire-tls", "lb", "dont-fire-svc", a(TLS, TlsMode.TLS))
                .edge("e-unknown", "lb", "web")
                .edge("dont-fire-not-lb", "web", "core-svc", a(TLS, TlsMode.NONE))
                .build();

        assertThat(RuleHarness.run(new UnprotectedLoadBalancerLinkRule(), model)).containsExactly(
                "plaintext-load-balancer-backend@e-cross fire high",
                "plaintext-load-balancer-backend@e-same fire medium",
                "plaintext-load-balancer-backend@e-unknown unknown e-unknown.tls",
                "plaintext-load-balancer-backend@e-vague fire high");
    }

    @Test
    void dnsResolverHealthIntegration() {
        ThreatModel model = RuleFixtures.model()
                .node("dns", DNS_RESOLVER, null, a(InfrastructureAttributes.HEALTH_INTEGRATED, false))
                .node("dont-fire-dns", DNS_RESOLVER, null, a(InfrastructureAttributes.HEALTH_INTEGRATED, true))
                .node("dns-unknown", DNS_RESOLVER, null)
                .build();

        assertThat(RuleHarness.run(new UnhealthyDnsAnswersRule(), model)).containsExactly(
                "dns-answers-ignore-health@dns fire low",
                "dns-answers-ignore-health@dns-unknown unknown dns-unknown.healthIntegrated");
    }

    @Test
    void registryIsSortedById() {
        assertThat(ResilienceRules.all()).extracting(rule -> rule.metadata().id()).isSorted().containsExactlyInAnyOrder(
                "sync-call-without-circuit-breaker", "client-side-circuit-breaker-only", "unbounded-retries",
                "per-request-health-checks", "plaintext-load-balancer-backend", "dns-answers-ignore-health");
    }

    private static RuleFixtures.Attr<?>[] concat(RuleFixtures.Attr<?>[] base, RuleFixtures.Attr<?> extra) {
        RuleFixtures.Attr<?>[] result = java.util.Arrays.copyOf(base, base.length + 1);
        result[base.length] = extra;
        return result;
    }
}
