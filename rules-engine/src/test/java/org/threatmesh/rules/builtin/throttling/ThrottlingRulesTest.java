package org.threatmesh.rules.builtin.throttling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.threatmesh.model.NodeKind.API_GATEWAY;
import static org.threatmesh.model.NodeKind.EXTERNAL_CLIENT;
import static org.threatmesh.model.NodeKind.SERVICE;
import static org.threatmesh.model.attr.EdgeAttributes.CLIENT_AUTHN;
import static org.threatmesh.model.attr.EdgeAttributes.RATE_LIMITED;
import static org.threatmesh.model.attr.EdgeAttributes.RATE_LIMIT_KEY;
import static org.threatmesh.model.attr.EdgeAttributes.RATE_LIMIT_PLAN_BASED;
import static org.threatmesh.model.attr.EdgeAttributes.STATE_CHANGING;
import static org.threatmesh.model.attr.WorkloadAttributes.DATA_SENSITIVITY;
import static org.threatmesh.model.attr.WorkloadAttributes.EXPOSURE;
import static org.threatmesh.model.attr.WorkloadAttributes.HIGH_SECURITY;
import static org.threatmesh.model.attr.WorkloadAttributes.REPLAY_PROTECTION;
import static org.threatmesh.rules.builtin.RuleFixtures.a;

import org.junit.jupiter.api.Test;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.ZoneKind;
import org.threatmesh.model.attr.ClientAuthn;
import org.threatmesh.model.attr.Exposure;
import org.threatmesh.model.attr.RateLimitKey;
import org.threatmesh.model.attr.ReplayProtection;
import org.threatmesh.model.attr.Sensitivity;
import org.threatmesh.rules.builtin.RuleFixtures;
import org.threatmesh.rules.builtin.RuleHarness;

class ThrottlingRulesTest {

    private static RuleFixtures edge() {
        return RuleFixtures.model()
                .zone("internet", ZoneKind.INTERNET)
                .zone("partners", ZoneKind.PARTNER)
                .node("client", EXTERNAL_CLIENT, "internet")
                .node("partner", SERVICE, "partners")
                .node("gw", API_GATEWAY, null, a(EXPOSURE, Exposure.PUBLIC))
                .node("vault", SERVICE, null, a(DATA_SENSITIVITY, Sensitivity.HIGHLY_SENSITIVE),
                        a(EXPOSURE, Exposure.PARTNER))
                .node("internal", SERVICE, null, a(EXPOSURE, Exposure.PRIVATE));
    }

    @Test
    void callsFromOutsideMustBeRateLimited() {
        ThreatModel model = edge()
                .edge("e-anon", "client", "gw", a(RATE_LIMITED, false), a(CLIENT_AUTHN, ClientAuthn.NONE))
                .edge("e-authn", "client", "internal", a(RATE_LIMITED, false), a(CLIENT_AUTHN, ClientAuthn.JWT))
                .edge("e-partner", "partner", "vault", a(RATE_LIMITED, false), a(CLIENT_AUTHN, ClientAuthn.JWT))
                .edge("e-unknown-authn", "client", "internal", a(RATE_LIMITED, false))
                .edge("dont-fire-limited", "client", "gw", a(RATE_LIMITED, true))
                .edge("dont-fire-internal", "gw", "internal", a(RATE_LIMITED, false))
                .edge("e-unknown", "client", "gw")
                .build();

        assertThat(RuleHarness.run(new MissingRateLimitRule(), model)).containsExactly(
                "missing-rate-limit@e-anon fire high",
                "missing-rate-limit@e-authn fire medium",
                "missing-rate-limit@e-partner fire high",
                "missing-rate-limit@e-unknown unknown e-unknown.rateLimited",
                "missing-rate-limit@e-unknown-authn fire high");
        assertThat(RuleHarness.fired(new MissingRateLimitRule(), model, "e-anon").message())
                .isEqualTo("Calls from client to gw are not rate limited");
    }

    @Test
    void multiConsumerApisNeedPerConsumerPlanBasedLimits() {
        ThreatModel model = edge()
                .edge("e-global", "client", "gw", a(RATE_LIMITED, true), a(RATE_LIMIT_KEY, RateLimitKey.GLOBAL),
                        a(RATE_LIMIT_PLAN_BASED, true))
                .edge("e-noplan", "partner", "vault", a(RATE_LIMITED, true), a(RATE_LIMIT_KEY, RateLimitKey.CONSUMER),
                        a(RATE_LIMIT_PLAN_BASED, false))
                .edge("dont-fire-fair", "client", "vault", a(RATE_LIMITED, true),
                        a(RATE_LIMIT_KEY, RateLimitKey.API_KEY), a(RATE_LIMIT_PLAN_BASED, true))
                .edge("dont-fire-private", "client", "internal", a(RATE_LIMITED, true),
                        a(RATE_LIMIT_KEY, RateLimitKey.GLOBAL))
                .edge("dont-fire-unlimited", "client", "gw", a(RATE_LIMITED, false))
                .edge("e-unknown", "client", "gw", a(RATE_LIMITED, true), a(RATE_LIMIT_KEY, RateLimitKey.CLIENT_ID))
                .build();

        assertThat(RuleHarness.run(new UnfairRateLimitRule(), model)).containsExactly(
                "rate-limit-not-per-consumer@e-global fire low",
                "rate-limit-not-per-consumer@e-noplan fire medium",
                "rate-limit-not-per-consumer@e-unknown unknown e-unknown.rateLimitPlanBased");
    }

    @Test
    void highSecurityServicesMustDetectReplays() {
        ThreatModel model = RuleFixtures.model()
                .node("caller", SERVICE, null)
                .node("flagged", SERVICE, null, a(HIGH_SECURITY, true), a(REPLAY_PROTECTION, ReplayProtection.NONE))
                .node("vault", SERVICE, null, a(DATA_SENSITIVITY, Sensitivity.HIGHLY_SENSITIVE),
                        a(REPLAY_PROTECTION, ReplayProtection.NONE))
                .node("dont-fire-sampled", SERVICE, null, a(HIGH_SECURITY, true),
                        a(REPLAY_PROTECTION, ReplayProtection.SAMPLED))
                .node("dont-fire-read-only", SERVICE, null, a(HIGH_SECURITY, true),
                        a(REPLAY_PROTECTION, ReplayProtection.NONE))
                .node("dont-fire-ordinary", SERVICE, null, a(HIGH_SECURITY, false))
                .node("unflagged", SERVICE, null, a(REPLAY_PROTECTION, ReplayProtection.NONE))
                .edge("e1", "caller", "flagged", a(STATE_CHANGING, true))
                .edge("e2", "caller", "vault", a(STATE_CHANGING, true))
                .edge("e3", "caller", "dont-fire-sampled", a(STATE_CHANGING, true))
                .edge("e4", "caller", "dont-fire-read-only", a(STATE_CHANGING, false))
                .edge("e5", "caller", "unflagged", a(STATE_CHANGING, true))
                .build();

        assertThat(RuleHarness.run(new MissingReplayDetectionRule(), model)).containsExactly(
                "missing-replay-detection@flagged fire high",
                "missing-replay-detection@unflagged unknown unflagged.highSecurity",
                "missing-replay-detection@vault fire critical");
    }

    @Test
    void registryIsSortedById() {
        assertThat(ThrottlingRules.all()).extracting(rule -> rule.metadata().id())
                .isSorted().containsExactlyInAnyOrder(
                        "missing-rate-limit", "rate-limit-not-per-consumer", "missing-replay-detection");
    }
}
