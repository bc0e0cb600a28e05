package org.threatmesh.rules.builtin.abuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.threatmesh.model.NodeKind.API_GATEWAY;
import static org.threatmesh.model.NodeKind.EXTERNAL_CLIENT;
import static org.threatmesh.model.NodeKind.IDENTITY_PROVIDER;
import static org.threatmesh.model.NodeKind.INGRESS_GATEWAY;
import static org.threatmesh.model.NodeKind.MONITORING;
import static org.threatmesh.model.NodeKind.SERVICE;
import static org.threatmesh.model.NodeKind.WAF_BOT_MANAGER;
import static org.threatmesh.model.attr.EdgeAttributes.CLIENT_AUTHN;
import static org.threatmesh.model.attr.EdgeAttributes.RATE_LIMITED;
import static org.threatmesh.model.attr.EdgeAttributes.RATE_LIMIT_KEY;
import static org.threatmesh.model.attr.GatewayAttributes.BOT_DETECTION;
import static org.threatmesh.model.attr.InfrastructureAttributes.DDOS_DETECTION;
import static org.threatmesh.model.attr.WorkloadAttributes.BREACHED_CREDENTIAL_CHECK;
import static org.threatmesh.model.attr.WorkloadAttributes.FILE_UPLOAD;
import static org.threatmesh.model.attr.WorkloadAttributes.LOGIN_ENDPOINT;
import static org.threatmesh.model.attr.WorkloadAttributes.LOGIN_THROTTLE;
import static org.threatmesh.model.attr.WorkloadAttributes.MALWARE_SCAN;
import static org.threatmesh.model.attr.WorkloadAttributes.RUNTIME_SCANNING;
import static org.threatmesh.model.attr.WorkloadAttributes.TOKEN_REUSE_DETECTION;
import static org.threatmesh.rules.builtin.RuleFixtures.a;

import org.junit.jupiter.api.Test;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.ZoneKind;
import org.threatmesh.model.attr.ClientAuthn;
import org.threatmesh.model.attr.RateLimitKey;
import org.threatmesh.rules.builtin.RuleFixtures;
import org.threatmesh.rules.builtin.RuleHarness;

class AbuseRulesTest {

    private static RuleFixtures internet() {
        return RuleFixtures.model()
                .zone("internet", ZoneKind.INTERNET)
                .zone("dmz", ZoneKind.DMZ)
                .zone("core", ZoneKind.CLUSTER)
                .node("client", EXTERNAL_CLIENT, "internet");
    }

    @Test
    void publicLoginsMustBeThrottled() {
        ThreatModel model = internet()
                .node("gw", API_GATEWAY, "dmz", a(LOGIN_ENDPOINT, false))
                .node("idp", IDENTITY_PROVIDER, "core", a(LOGIN_ENDPOINT, true), a(LOGIN_THROTTLE, false))
                .node("dont-fire-idp", IDENTITY_PROVIDER, "core", a(LOGIN_ENDPOINT, true), a(LOGIN_THROTTLE, true))
                .node("dont-fire-ip-limited", SERVICE, "core", a(LOGIN_ENDPOINT, true), a(LOGIN_THROTTLE, false))
                .node("dont-fire-private", IDENTITY_PROVIDER, "core", a(LOGIN_ENDPOINT, true),
                        a(LOGIN_THROTTLE, false))
                .node("vague", SERVICE, "core", a(LOGIN_THROTTLE, false))
                .edge("e1", "client", "gw", a(RATE_LIMITED, true), a(RATE_LIMIT_KEY, RateLimitKey.CONSUMER))
                .edge("e2", "gw", "idp", a(RATE_LIMITED, false))
                .edge("e3", "gw", "dont-fire-idp")
                .edge("e4", "gw", "dont-fire-ip-limited", a(RATE_LIMITED, true), a(RATE_LIMIT_KEY, RateLimitKey.IP))
                .edge("e5", "gw", "vague", a(RATE_LIMITED, false))
                .build();

        assertThat(RuleHarness.run(new UnthrottledLoginRule(), model)).containsExactly(
                "unthrottled-public-login@idp fire high",
                "unthrottled-public-login@vague unknown vague.loginEndpoint");
        assertThat(RuleHarness.fired(new UnthrottledLoginRule(), model, "idp").message())
                .isEqualTo("The login of idp is reachable from the internet without throttling");
    }

    @Test
    void publicLoginsMustCheckBreachedCredentials() {
        ThreatModel model = internet()
                .node("idp", IDENTITY_PROVIDER, "core", a(LOGIN_ENDPOINT, true), a(BREACHED_CREDENTIAL_CHECK, false))
                .node("dont-fire-idp", IDENTITY_PROVIDER, "core", a(LOGIN_ENDPOINT, true),
                        a(BREACHED_CREDENTIAL_CHECK, true))
                .node("dont-fire-private", IDENTITY_PROVIDER, "core", a(LOGIN_ENDPOINT, true),
                        a(BREACHED_CREDENTIAL_CHECK, false))
                .node("vague", IDENTITY_PROVIDER, "core", a(LOGIN_ENDPOINT, true))
                .edge("e1", "client", "idp")
                .edge("e2", "client", "dont-fire-idp")
                .edge("e3", "client", "vague")
                .build();

        assertThat(RuleHarness.run(new BreachedCredentialsUncheckedRule(), model)).containsExactly(
                "breached-credentials-unchecked@idp fire medium",
                "breached-credentials-unchecked@vague unknown vague.breachedCredentialCheck");
    }

    @Test
    void everyBearerTokenConsumerNeedsReuseDetection() {
        ThreatModel model = internet()
                .node("gw", API_GATEWAY, "dmz", a(TOKEN_REUSE_DETECTION, true))
                .node("ingress", INGRESS_GATEWAY, "dmz", a(TOKEN_REUSE_DETECTION, false))
                .node("dont-fire-behind-gw", SERVICE, "core", a(TOKEN_REUSE_DETECTION, false))
                .node("exposed", SERVICE, "core", a(TOKEN_REUSE_DETECTION, false))
                .node("reports", SERVICE, "core", a(TOKEN_REUSE_DETECTION, false))
                .node("siem", MONITORING, "core", a(TOKEN_REUSE_DETECTION, true))
                .node("dont-fire-mtls", SERVICE, "core")
                .edge("e1", "client", "gw", a(CLIENT_AUTHN, ClientAuthn.JWT))
                .edge("e2", "client", "ingress", a(CLIENT_AUTHN, ClientAuthn.OIDC))
                .edge("e3", "gw", "dont-fire-behind-gw", a(CLIENT_AUTHN, ClientAuthn.JWT))
                .edge("e4", "ingress", "exposed", a(CLIENT_AUTHN, ClientAuthn.JWT))
                .edge("e5", "ingress", "reports", a(CLIENT_AUTHN, ClientAuthn.REFERENCE_TOKEN))
                .edge("e6", "reports", "siem")
                .edge("e7", "reports", "dont-fire-mtls", a(CLIENT_AUTHN, ClientAuthn.MTLS_IDENTITY))
                .build();

        assertThat(RuleHarness.run(new TokenReuseUncoveredRule(), model)).containsExactly(
                "token-reuse-uncovered@exposed fire medium",
                "token-reuse-uncovered@ingress fire medium");
    }

    @Test
    void tokenConsumerWithUnknownAuthnNeedsReview() {
        ThreatModel model = RuleFixtures.model()
                .node("a", SERVICE, null, a(TOKEN_REUSE_DETECTION, false))
                .node("b", SERVICE, null, a(TOKEN_REUSE_DETECTION, false))
                .edge("e", "a", "b")
                .build();

        assertThat(RuleHarness.run(new TokenReuseUncoveredRule(), model)).containsExactly(
                "token-reuse-uncovered@b unknown e.clientAuthn");
    }

    @Test
    void internetFacingZonesNeedDosDetection() {
        ThreatModel model = internet()
                .zone("shielded", ZoneKind.CLUSTER)
                .zoneIn("inner", ZoneKind.NAMESPACE, "shielded")
                .zone("vague-zone", ZoneKind.CLUSTER)
                .node("web", SERVICE, "core")
                .node("api", SERVICE, "inner")
                .node("shield", MONITORING, "shielded", a(DDOS_DETECTION, true))
                .node("waf", WAF_BOT_MANAGER, "dmz", a(DDOS_DETECTION, true))
                .node("behind-waf", SERVICE, "vague-zone")
                .node("probe", MONITORING, "vague-zone")
                .edge("e1", "client", "web")
                .edge("e2", "client", "api")
                .edge("e3", "client", "waf")
                .edge("e4", "client", "behind-waf")
                .build();

        assertThat(RuleHarness.run(new BoundaryWithoutDosDetectionRule(), model)).containsExactly(
                "boundary-without-dos-detection@core fire medium",
                "boundary-without-dos-detection@vague-zone unknown probe.ddosDetection");
        assertThat(RuleHarness.fired(new BoundaryWithoutDosDetectionRule(), model, "core").message())
                .isEqualTo("Zone core is called from the internet (web) with no DoS or probing detection on its boundary");
    }

    @Test
    void uploadsAndContainersMustBeScanned() {
        ThreatModel model = RuleFixtures.model()
                .node("upload", SERVICE, null, a(FILE_UPLOAD, true), a(MALWARE_SCAN, false), a(RUNTIME_SCANNING, true))
                .node("runtime", SERVICE, null, a(FILE_UPLOAD, false), a(RUNTIME_SCANNING, false))
                .node("dont-fire-svc", SERVICE, null, a(FILE_UPLOAD, true), a(MALWARE_SCAN, true),
                        a(RUNTIME_SCANNING, true))
                .node("vague", API_GATEWAY, null, a(FILE_UPLOAD, false))
                .build();

        assertThat(RuleHarness.run(new UnscannedWorkloadRule(), model)).containsExactly(
                "unscanned-workload@runtime fire medium",
                "unscanned-workload@upload fire medium",
                "unscanned-workload@vague unknown vague.runtimeScanning");
        assertThat(RuleHarness.fired(new UnscannedWorkloadRule(), model, "upload").message())
                .isEqualTo("upload accepts uploads without malware scanning");
    }

    @Test
    void internetEntryPointsNeedBotDetection() {
        ThreatModel model = internet()
                .node("waf", WAF_BOT_MANAGER, "dmz", a(BOT_DETECTION, false))
                .node("dont-fire-gw", API_GATEWAY, "dmz", a(BOT_DETECTION, true))
                .node("direct", SERVICE, "core")
                .node("ingress", INGRESS_GATEWAY, "dmz")
                .node("dont-fire-internal", SERVICE, "core")
                .edge("e1", "client", "waf")
                .edge("e2", "client", "dont-fire-gw")
                .edge("e3", "client", "direct")
                .edge("e4", "client", "ingress")
                .edge("e5", "dont-fire-gw", "dont-fire-internal")
                .build();

        assertThat(RuleHarness.run(new MissingBotProtectionRule(), model)).containsExactly(
                "entry-point-without-bot-detection@direct fire medium",
                "entry-point-without-bot-detection@ingress unknown ingress.botDetection",
                "entry-point-without-bot-detection@waf fire medium");
    }

    @Test
    void registryIsSortedById() {
        assertThat(AbuseRules.all()).extracting(rule -> rule.metadata().id()).isSorted().containsExactlyInAnyOrder(
                "unthrottled-public-login", "token-reuse-uncovered", "breached-credentials-unchecked",
                "boundary-without-dos-detection", "unscanned-workload", "entry-point-without-bot-detection");
    }
}
