package org.brigreen.trafficlight.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Refuses, as a failed authentication (401), the token of a lender or an enterprise that names no organisation:
 * such a caller's decisions could be attributed to no one and scoped to nothing. Regulators and rule administrators
 * need no organisation.
 */
@ApplicationScoped
public class OrganisationClaim implements SecurityIdentityAugmentor {

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        boolean scoped = identity.hasRole(Roles.LENDER) || identity.hasRole(Roles.ENTERPRISE);
        if (!identity.isAnonymous() && scoped && Callers.org(identity).isEmpty()) {
            return Uni.createFrom().failure(new AuthenticationFailedException("the token has no org claim"));
        }
        return Uni.createFrom().item(identity);
    }
}
