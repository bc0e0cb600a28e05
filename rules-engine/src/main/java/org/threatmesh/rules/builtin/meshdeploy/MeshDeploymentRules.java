package org.threatmesh.rules.builtin.meshdeploy;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.threatmesh.rules.Rule;

/**
 * The configuration-checkable SP 800-204A deployment recommendations (SM-DR*), sorted by id. SM-DR23 is checked by
 * the MS-SS-13 telemetry rule, which cites it.
 */
public final class MeshDeploymentRules {

    private MeshDeploymentRules() {
    }

    public static List<Rule> all() {
        return Stream.<Rule>of(
                        new ProxyPortsAttestationRule(),
                        new UnscopedProxyEgressRule(),
                        new AppReachableAroundSidecarRule(),
                        new IngressWithoutRoutesRule(),
                        new MeshEgressAllowAnyRule(),
                        new ExternalCallWithoutResilienceRule(),
                        new EgressGatewayBypassRule(),
                        new SelfSignedMeshCaRule(),
                        new LongLivedWorkloadCertificatesRule(),
                        new ConnectionsOutliveRotationRule(),
                        new SigningWorkloadCertificateRule(),
                        new UnattestedWorkloadIdentityRule(),
                        new SharedServiceAccountRule(),
                        new EndUserTokenInPlaintextRule(),
                        new ProxyAccessLoggingOffRule(),
                        new TraceHeadersDroppedRule(),
                        new ConfigOutsideRobustStoreRule(),
                        new DiscoveryNotHealthIntegratedRule(),
                        new CorsOutsideMeshRule(),
                        new UnscopedMeshAdminRightsRule())
                .sorted(Comparator.comparing(rule -> rule.metadata().id()))
                .toList();
    }
}
