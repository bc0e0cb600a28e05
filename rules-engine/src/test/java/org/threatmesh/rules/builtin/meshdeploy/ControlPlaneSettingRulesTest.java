package org.threatmesh.rules.builtin.meshdeploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.threatmesh.model.NodeKind.INGRESS_GATEWAY;
import static org.threatmesh.model.NodeKind.MESH_CONTROL_PLANE;
import static org.threatmesh.rules.builtin.RuleFixtures.a;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.attr.AttributeKey;
import org.threatmesh.model.attr.CaRoot;
import org.threatmesh.model.attr.EgressDefault;
import org.threatmesh.model.attr.GatewayAttributes;
import org.threatmesh.model.attr.MeshAttributes;
import org.threatmesh.rules.Rule;
import org.threatmesh.rules.builtin.RuleFixtures;
import org.threatmesh.rules.builtin.RuleHarness;

/**
 * The single-setting SP 800-204A rules: a violating value fires with the rule's severity, a compliant value
 * passes, and an unknown value names the attribute.
 */
class ControlPlaneSettingRulesTest {

    static Stream<Arguments> settings() {
        return Stream.of(
                row(new UnscopedProxyEgressRule(), MESH_CONTROL_PLANE, MeshAttributes.SIDECAR_EGRESS_SCOPED, false,
                        true, "medium"),
                row(new MeshEgressAllowAnyRule(), MESH_CONTROL_PLANE, MeshAttributes.EGRESS_DEFAULT,
                        EgressDefault.ALLOW_ANY, EgressDefault.REGISTRY_ONLY, "medium"),
                row(new SelfSignedMeshCaRule(), MESH_CONTROL_PLANE, MeshAttributes.CA_ROOT, CaRoot.SELF_SIGNED,
                        CaRoot.ENTERPRISE_PKI, "high"),
                row(new ConnectionsOutliveRotationRule(), MESH_CONTROL_PLANE, MeshAttributes.CONNECTION_MAX_AGE, false,
                        true, "low"),
                row(new SigningWorkloadCertificateRule(), MESH_CONTROL_PLANE, MeshAttributes.WORKLOAD_CERT_IS_CA, true,
                        false, "high"),
                row(new UnattestedWorkloadIdentityRule(), MESH_CONTROL_PLANE, MeshAttributes.WORKLOAD_ATTESTATION,
                        false, true, "high"),
                row(new ProxyAccessLoggingOffRule(), MESH_CONTROL_PLANE, MeshAttributes.ACCESS_LOGGING, false, true,
                        "medium"),
                row(new UnscopedMeshAdminRightsRule(), MESH_CONTROL_PLANE, MeshAttributes.ADMIN_RBAC_SCOPED, false,
                        true, "medium"),
                row(new IngressWithoutRoutesRule(), INGRESS_GATEWAY, GatewayAttributes.DECLARATIVE_ROUTES, false, true,
                        "medium"),
                // Boundary of the 24 h default: 24 passes, 25 fires.
                row(new LongLivedWorkloadCertificatesRule(), MESH_CONTROL_PLANE, MeshAttributes.WORKLOAD_CERT_TTL, 25,
                        24, "medium"),
                row(new LongLivedWorkloadCertificatesRule(1), MESH_CONTROL_PLANE, MeshAttributes.WORKLOAD_CERT_TTL, 2,
                        1, "medium"));
    }

    private static <T> Arguments row(Rule rule, NodeKind kind, AttributeKey<T> key, T violating, T compliant,
            String severity) {
        return Arguments.of(rule, kind, key, violating, compliant, severity);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("settings")
    @SuppressWarnings({"unchecked", "rawtypes"})
    void violatingValueFiresCompliantPassesUnknownNeedsReview(Rule rule, NodeKind kind, AttributeKey key,
            Object violating, Object compliant, String severity) {
        ThreatModel model = RuleFixtures.model()
                .node("bad", kind, null, a(key, violating))
                .node("dont-fire-good", kind, null, a(key, compliant))
                .node("vague", kind, null)
                .build();
        String id = rule.metadata().id();

        assertThat(RuleHarness.run(rule, model)).containsExactly(
                id + "@bad fire " + severity,
                id + "@vague unknown vague." + key.name());
    }
}
