package org.brigreen.trafficlight.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Refuses, as a failed authentication (401), the token of a lender or an enterprise that names no organisation:
 * such a caller's decisions could be attributed to no one and scoped to nothing. Regulators and rule administrators
 * need no organisation. The organisation is kept with the identity for the request ({@link Callers}), read once
 * per verified token ({@link VerifiedTokenCache#organisation}).
 */
@ApplicationScoped
public class OrganisationClaim implements SecurityIdentityAugmentor {

    private final VerifiedTokenCache tokens;

    public OrganisationClaim(VerifiedTokenCache tokens) {
        this.tokens = tokens;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        // A bearer token's claims were checked when it was verified (ClaimShapes); a page's ID token is checked here.
        Optional<String> org = identity.getPrincipal() instanceof JsonWebToken token
                ? tokens.organisation(token).filter(ClaimShapes::isName) : Optional.empty();
        boolean scoped = identity.hasRole(Roles.LENDER) || identity.hasRole(Roles.ENTERPRISE);
        if (!identity.isAnonymous() && scoped && org.isEmpty()) {
            return Uni.createFrom().failure(new AuthenticationFailedException("the token has no org claim"));
        }
        if (org.isEmpty()) {
            return Uni.createFrom().item(identity);
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder(identity)
                .addAttribute(Callers.ORG_CLAIM, org.get())
                .build());
    }
}
