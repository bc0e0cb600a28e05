package org.threatmesh.rules.builtin.abac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.threatmesh.model.NodeKind.API_GATEWAY;
import static org.threatmesh.model.NodeKind.AUTHZ_SERVER;
import static org.threatmesh.model.NodeKind.DATASTORE;
import static org.threatmesh.model.NodeKind.IDENTITY_PROVIDER;
import static org.threatmesh.model.NodeKind.INGRESS_GATEWAY;
import static org.threatmesh.model.NodeKind.MESH_CONTROL_PLANE;
import static org.threatmesh.model.NodeKind.SERVICE;
import static org.threatmesh.model.attr.EdgeAttributes.AUTHZ_AT_DESTINATION;
import static org.threatmesh.model.attr.EdgeAttributes.CLIENT_AUTHN;
import static org.threatmesh.model.attr.EdgeAttributes.REQUIRES_END_USER_CREDENTIAL;
import static org.threatmesh.model.attr.EdgeAttributes.TLS;
import static org.threatmesh.model.attr.InfrastructureAttributes.ISSUER;
import static org.threatmesh.model.attr.InfrastructureAttributes.JWKS_URI;
import static org.threatmesh.model.attr.WorkloadAttributes.DATA_SENSITIVITY;
import static org.threatmesh.model.attr.WorkloadAttributes.MESH_MODE;
import static org.threatmesh.rules.builtin.RuleFixtures.a;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.ZoneKind;
import org.threatmesh.model.attr.AttributeKey;
import org.threatmesh.model.attr.AuthzLevel;
import org.threatmesh.model.attr.ClientAuthn;
import org.threatmesh.model.attr.MeshAttributes;
import org.threatmesh.model.attr.MeshMode;
import org.threatmesh.model.attr.Sensitivity;
import org.threatmesh.model.attr.TlsMode;
import org.threatmesh.model.attr.WorkloadAttributes;
import org.threatmesh.rules.Rule;
import org.threatmesh.rules.RuleKind;
import org.threatmesh.rules.builtin.RuleFixtures;
import org.threatmesh.rules.builtin.RuleHarness;

class AbacRulesTest {

    static Stream<Arguments> podSecurity() {
        return Stream.of(
                Arguments.of(new ContainerRunsAsRootRule(), WorkloadAttributes.RUNS_AS_ROOT, true, "medium"),
                Arguments.of(new HostPathVolumeRule(), WorkloadAttributes.HOST_PATH_VOLUMES, true, "medium"),
                Arguments.of(new WritableRootFilesystemRule(), WorkloadAttributes.READ_ONLY_ROOT_FS, false, "low"),
                Arguments.of(new PrivilegeEscalationAllowedRule(), WorkloadAttributes.ALLOW_PRIVILEGE_ESCALATION, true,
                        "medium"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("podSecurity")
    void podSecuritySettingsOnApplicationContainers(Rule rule, AttributeKey<Boolean> key, boolean violating,
            String severity) {
        ThreatModel model = RuleFixtures.model()
                .node("bad", SERVICE, null, a(key, violating))
                .node("bad-gw", INGRESS_GATEWAY, null, a(key, violating))
                .node("dont-fire-good", SERVICE, null, a(key, !violating))
                .node("dont-fire-db", DATASTORE, null, a(key, violating))
                .node("vague", API_GATEWAY, null)
                .build();
        String id = rule.metadata().id();

        assertThat(RuleHarness.run(rule, model)).containsExactly(
                id + "@bad fire " + severity,
                id + "@bad-gw fire " + severity,
                id + "@vague unknown vague." + key.name());
    }

    @Test
    void controlPlaneMustUseALeastPrivilegeIdentity() {
        ThreatModel model = RuleFixtures.model()
                .node("istiod", MESH_CONTROL_PLANE, null, a(MeshAttributes.CONTROL_PLANE_LEAST_PRIVILEGE, false))
                .node("dont-fire-cp", MESH_CONTROL_PLANE, null, a(MeshAttributes.CONTROL_PLANE_LEAST_PRIVILEGE, true))
                .node("vague", MESH_CONTROL_PLANE, null)
                .build();

        assertThat(RuleHarness.run(new ControlPlaneOverPrivilegedRule(), model)).containsExactly(
                "control-plane-over-privileged@istiod fire high",
                "control-plane-over-privileged@vague unknown vague.controlPlaneLeastPrivilege");
    }

    private static RuleFixtures mesh() {
        return RuleFixtures.model()
                .zone("shop", ZoneKind.NAMESPACE)
                .zone("billing", ZoneKind.NAMESPACE)
                .node("a", SERVICE, "shop", a(MESH_MODE, MeshMode.SIDECAR))
                .node("b", SERVICE, "shop", a(MESH_MODE, MeshMode.AMBIENT))
                .node("pay", SERVICE, "billing", a(MESH_MODE, MeshMode.SIDECAR),
                        a(DATA_SENSITIVITY, Sensitivity.HIGHLY_SENSITIVE))
                .node("legacy", SERVICE, "shop", a(MESH_MODE, MeshMode.NONE))
                .node("vague", SERVICE, "shop");
    }

    @Test
    void inMeshCallsMustUseMtls() {
        ThreatModel model = mesh()
                .edge("e-tls", "a", "b", a(TLS, TlsMode.TLS))
                .edge("e-plain", "a", "pay", a(TLS, TlsMode.NONE))
                .edge("dont-fire-mtls", "b", "a", a(TLS, TlsMode.MTLS))
                .edge("dont-fire-legacy", "a", "legacy", a(TLS, TlsMode.NONE))
                .edge("e-vague", "vague", "a", a(TLS, TlsMode.NONE))
                .build();

        assertThat(RuleHarness.run(new InMeshCallWithoutMtlsRule(), model)).containsExactly(
                "in-mesh-call-without-mtls@e-plain fire critical",
                "in-mesh-call-without-mtls@e-tls fire high",
                "in-mesh-call-without-mtls@e-vague unknown vague.meshMode");
    }

    @Test
    void endUserTokensNeedADeclaredIssuerAndKeys() {
        RuleFixtures base = mesh()
                .edge("e-jwt", "a", "b", a(CLIENT_AUTHN, ClientAuthn.JWT))
                .edge("e-mtls", "b", "a", a(CLIENT_AUTHN, ClientAuthn.MTLS_IDENTITY));
        assertThat(RuleHarness.run(new UndeclaredTokenValidationRule(), base.build()))
                .containsExactly("undeclared-token-validation@b fire medium");
        assertThat(RuleHarness.run(new UndeclaredTokenValidationRule(), base.node("idp", IDENTITY_PROVIDER, null,
                a(ISSUER, "https://idp.example"), a(JWKS_URI, "https://idp.example/keys")).build())).isEmpty();
        assertThat(RuleHarness.run(new UndeclaredTokenValidationRule(), base.node("idp", IDENTITY_PROVIDER, null,
                a(ISSUER, "https://idp.example")).build()))
                .containsExactly("undeclared-token-validation@b unknown idp.jwksUri");
    }

    @Test
    void everyInMeshServiceNeedsAServiceToServicePolicy() {
        ThreatModel model = mesh()
                .node("orders", SERVICE, "shop", a(MESH_MODE, MeshMode.SIDECAR),
                        a(DATA_SENSITIVITY, Sensitivity.SENSITIVE))
                .edge("e1", "a", "b", a(AUTHZ_AT_DESTINATION, AuthzLevel.NONE))
                .edge("e2", "a", "orders", a(AUTHZ_AT_DESTINATION, AuthzLevel.COARSE))
                .edge("e3", "b", "a", a(AUTHZ_AT_DESTINATION, AuthzLevel.COARSE))
                .edge("e4", "a", "pay", a(AUTHZ_AT_DESTINATION, AuthzLevel.FINE))
                .edge("e5", "legacy", "pay", a(AUTHZ_AT_DESTINATION, AuthzLevel.NONE))
                .edge("e6", "a", "vague")
                .build();

        assertThat(RuleHarness.run(new MissingServiceToServicePolicyRule(), model)).containsExactly(
                "missing-service-to-service-policy@b fire high",
                "missing-service-to-service-policy@orders fire medium",
                "missing-service-to-service-policy@vague unknown vague.meshMode, e6.authzAtDestination");
    }

    @Test
    void callsToAuthSystemsMustBeProtected() {
        ThreatModel model = mesh()
                .node("opa", AUTHZ_SERVER, null, a(MESH_MODE, MeshMode.SIDECAR))
                .node("corp-idp", IDENTITY_PROVIDER, null, a(MESH_MODE, MeshMode.NONE))
                .edge("e-plain", "a", "corp-idp", a(TLS, TlsMode.NONE))
                .edge("dont-fire-external-tls", "a", "corp-idp", a(TLS, TlsMode.TLS))
                .edge("e-one-way", "a", "opa", a(TLS, TlsMode.TLS))
                .edge("dont-fire-mtls", "b", "opa", a(TLS, TlsMode.MTLS))
                .edge("dont-fire-legacy", "legacy", "opa", a(TLS, TlsMode.NONE))
                .edge("e-unknown", "b", "corp-idp")
                .build();

        assertThat(RuleHarness.run(new UnprotectedAuthorizationCallRule(), model)).containsExactly(
                "unprotected-authorization-call@e-one-way fire high",
                "unprotected-authorization-call@e-plain fire high",
                "unprotected-authorization-call@e-unknown unknown e-unknown.tls");
    }

    @Test
    void inMeshCallsMustRequireEndUserCredentials() {
        ThreatModel model = mesh()
                .edge("e-no-user", "a", "b", a(REQUIRES_END_USER_CREDENTIAL, false))
                .edge("dont-fire-user", "b", "a", a(REQUIRES_END_USER_CREDENTIAL, true))
                .edge("dont-fire-legacy", "a", "legacy", a(REQUIRES_END_USER_CREDENTIAL, false))
                .edge("e-unknown", "a", "pay")
                .build();

        assertThat(RuleHarness.run(new MissingEndUserCredentialRule(), model)).containsExactly(
                "end-user-credential-not-required@e-no-user fire medium",
                "end-user-credential-not-required@e-unknown unknown e-unknown.requiresEndUserCredential");
    }

    @Test
    void policyOperationsNeedAttestation() {
        assertThat(new PolicyOperationsAttestationRule().metadata().kind()).isEqualTo(RuleKind.ATTESTATION);
        assertThat(RuleHarness.run(new PolicyOperationsAttestationRule(),
                RuleFixtures.model().node("istiod", MESH_CONTROL_PLANE, null).build()))
                .containsExactly("policy-operations-attestation@istiod fire low");
        assertThat(RuleHarness.run(new PolicyOperationsAttestationRule(), mesh().build())).isEmpty();
    }

    @Test
    void defaultPolicyMustRejectUnauthenticatedAndCrossNamespaceCalls() {
        ThreatModel model = mesh()
                .edge("e-anon", "a", "b", a(CLIENT_AUTHN, ClientAuthn.NONE), a(AUTHZ_AT_DESTINATION, AuthzLevel.FINE))
                .edge("e-cross", "a", "pay", a(CLIENT_AUTHN, ClientAuthn.MTLS_IDENTITY),
                        a(AUTHZ_AT_DESTINATION, AuthzLevel.NONE))
                .edge("dont-fire-same-ns", "b", "a", a(CLIENT_AUTHN, ClientAuthn.MTLS_IDENTITY),
                        a(AUTHZ_AT_DESTINATION, AuthzLevel.NONE))
                .edge("dont-fire-explicit", "pay", "a", a(CLIENT_AUTHN, ClientAuthn.MTLS_IDENTITY),
                        a(AUTHZ_AT_DESTINATION, AuthzLevel.COARSE))
                .edge("e-unknown", "b", "pay", a(CLIENT_AUTHN, ClientAuthn.JWT))
                .build();

        assertThat(RuleHarness.run(new PermissiveDefaultPolicyRule(), model)).containsExactly(
                "permissive-default-policy@e-anon fire high",
                "permissive-default-policy@e-cross fire critical",
                "permissive-default-policy@e-unknown unknown e-unknown.authzAtDestination");
        assertThat(RuleHarness.fired(new PermissiveDefaultPolicyRule(), model, "e-cross").message())
                .isEqualTo("Calls from a to pay are admitted without an explicit cross-namespace policy");
    }

    @Test
    void registryIsSortedAndComplete() {
        assertThat(AbacRules.all()).hasSize(12)
                .extracting(rule -> rule.metadata().id()).isSorted().doesNotHaveDuplicates();
    }
}
