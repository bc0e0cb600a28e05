package org.threatmesh.rules.builtin.authn;

import java.util.List;
import org.threatmesh.rules.Rule;

/** The MS-SS-1 (authentication) rules, sorted by id. */
public final class AuthnRules {

    private AuthnRules() {
    }

    public static List<Rule> all() {
        return List.of(
                new ApiKeyOnlyOnSensitiveApiRule(),
                new ApiKeyPrivilegeExceedsAssuranceRule(),
                new InsecureOauthDeploymentRule(),
                new LongLivedStatelessTokenRule(),
                new LongLivedTokenOnHighSecurityServiceRule(),
                new SigningKeyInCodeRule(),
                new SigningKeyWithoutVaultRule(),
                new UnrestrictedApiKeyRule(),
                new UnsignedBearerTokenRule());
    }
}
