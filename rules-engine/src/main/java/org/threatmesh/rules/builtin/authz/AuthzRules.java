package org.threatmesh.rules.builtin.authz;

import java.util.List;
import org.threatmesh.rules.Rule;

/** The MS-SS-2 (access management) rules, sorted by id. */
public final class AuthzRules {

    private AuthzRules() {
    }

    public static List<Rule> all() {
        return List.of(
                new BroadInternalTokenRule(),
                new CoarsePolicyServerRule(),
                new EdgeGatewayWithoutAuthzRule(),
                new GatewayOnlyAuthnBypassRule(),
                new NoCentralAuthzServerRule(),
                new PolicyCacheMisuseRule(),
                new SensitiveServiceWithoutFineAuthzRule(),
                new UnsignedAuthzContextRule());
    }
}
