package org.brigreen.trafficlight.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonString;
import java.util.List;
import java.util.Optional;
import org.brigreen.trafficlight.decision.Caller;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller of the current request, as its verified token says: who it is, and which recorded decisions it may see.
 * Lenders and enterprises see their own organisation's decisions only; regulators see every decision.
 */
@ApplicationScoped
public class Callers {

    /** The token claim that names the caller's organisation. */
    public static final String ORG_CLAIM = "org";

    private final SecurityIdentity identity;

    public Callers(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The caller as a classification records it. A token with both roles classifies as a lender. */
    public Caller classifying() {
        String purpose = identity.hasRole(Roles.LENDER) ? Caller.LOAN_SCREENING : Caller.SELF_CHECK;
        return new Caller(org(identity).orElse(null), subject(identity), purpose);
    }

    /** The organisation whose decisions the caller may see; empty when it may see every decision (a regulator). */
    public Optional<String> scope() {
        if (identity.hasRole(Roles.REGULATOR)) {
            return Optional.empty();
        }
        // Never empty here: a lender's or enterprise's token without org is refused (OrganisationClaim). The
        // placeholder matches no recorded organisation, so a caller that slipped through would see nothing.
        return Optional.of(org(identity).orElse(""));
    }

    /** Whether the caller may see a decision recorded for {@code recordedFor} (null: an unattributed old record). */
    public boolean sees(Caller recordedFor) {
        Optional<String> scope = scope();
        return scope.isEmpty() || recordedFor != null && scope.get().equals(recordedFor.org());
    }

    /** The caller's organisation; empty for a regulator or rule administrator without one. */
    public Optional<String> organisation() {
        return org(identity);
    }

    /** The caller's name, as its identity provider gave it (the token's subject). */
    public String name() {
        return subject(identity);
    }

    /** The first of {@code roles} the caller has, in that order; empty when it has none of them. */
    public Optional<String> firstRole(List<String> roles) {
        return roles.stream().filter(identity::hasRole).findFirst();
    }

    /** Whose rate limit a request counts against: the organisation, or the subject of a caller without one. */
    public String rateLimitKey() {
        return org(identity).map(org -> "org:" + org).orElseGet(() -> "sub:" + subject(identity));
    }

    /** The caller's organisation, as {@link OrganisationClaim} kept it with the identity. */
    private static Optional<String> org(SecurityIdentity identity) {
        return Optional.ofNullable(identity.getAttribute(ORG_CLAIM));
    }

    /** The token's org claim, if it has a non-blank one. */
    static Optional<String> orgClaim(JsonWebToken token) {
        Object claim = token.getClaim(ORG_CLAIM);
        String org = claim instanceof JsonString json ? json.getString() : claim == null ? null : claim.toString();
        return org == null || org.isBlank() ? Optional.empty() : Optional.of(org);
    }

    private static String subject(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
            return token.getSubject();
        }
        return identity.getPrincipal().getName();
    }
}
