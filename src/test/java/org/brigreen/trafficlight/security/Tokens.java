package org.brigreen.trafficlight.security;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;

/** Bearer tokens for the tests, signed with the dev-only key that the test profile verifies with. */
public final class Tokens {

    static final String PRIVATE_KEY = "dev/dev-only-jwt-private-key.pem";
    private static final PrivateKey KEY = privateKey();

    private Tokens() {
    }

    public static String lender(String org) {
        return sign(claims(Roles.LENDER, org));
    }

    public static String enterprise(String org) {
        return sign(claims(Roles.ENTERPRISE, org));
    }

    public static String regulator() {
        return sign(claims(Roles.REGULATOR, null));
    }

    public static String rulesAdmin() {
        return sign(claims(Roles.RULES_ADMIN, null));
    }

    /** A token of {@code role}, for organisation {@code org} (none when null). */
    public static String of(String role, String org) {
        return sign(claims(role, org));
    }

    /** Valid claims of a caller of {@code role}, to be changed before signing. */
    public static JwtClaimsBuilder claims(String role, String org) {
        JwtClaimsBuilder claims = Jwt.issuer(TokenConfigurationCheck.DEV_ISSUER)
                .subject(role + "@" + (org == null ? "authority" : org) + ".example")
                .groups(Set.of(role))
                .expiresIn(Duration.ofHours(6));
        return org == null ? claims : claims.claim(Callers.ORG_CLAIM, org);
    }

    public static String sign(JwtClaimsBuilder claims) {
        return claims.jws().sign(KEY);
    }

    /**
     * A token whose claims are exactly {@code claimsJson}, correctly signed (RS256): for claims of any shape, which
     * the claims builder would not write.
     */
    public static String signRaw(String claimsJson) {
        String signed = base64Url("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "." + base64Url(claimsJson);
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(KEY);
            rs256.update(signed.getBytes(StandardCharsets.US_ASCII));
            return signed + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rs256.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the token cannot be signed", e);
        }
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static PrivateKey privateKey() {
        try {
            return KeyUtils.readPrivateKey(PRIVATE_KEY);
        } catch (java.io.IOException | GeneralSecurityException e) {
            throw new IllegalStateException("the dev-only private key cannot be read", e);
        }
    }
}
