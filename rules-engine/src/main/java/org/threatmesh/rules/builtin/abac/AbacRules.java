package org.threatmesh.rules.builtin.abac;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.threatmesh.rules.Rule;

/**
 * The checkable SP 800-204B recommendations (ABAC in a service mesh), sorted by id. ISMC-SR-1 is checked by the
 * self-signed mesh CA rule and EUAZ-SR-2 by the proxy access-logging rule, both of which cite them.
 */
public final class AbacRules {

    private AbacRules() {
    }

    public static List<Rule> all() {
        return Stream.<Rule>of(
                        new ControlPlaneOverPrivilegedRule(),
                        new ContainerRunsAsRootRule(),
                        new HostPathVolumeRule(),
                        new WritableRootFilesystemRule(),
                        new PrivilegeEscalationAllowedRule(),
                        new InMeshCallWithoutMtlsRule(),
                        new UndeclaredTokenValidationRule(),
                        new MissingServiceToServicePolicyRule(),
                        new UnprotectedAuthorizationCallRule(),
                        new MissingEndUserCredentialRule(),
                        new PolicyOperationsAttestationRule(),
                        new PermissiveDefaultPolicyRule())
                .sorted(Comparator.comparing(rule -> rule.metadata().id()))
                .toList();
    }
}
