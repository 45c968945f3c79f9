package org.brigreen.trafficlight.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.jwt.auth.principal.ParseException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Checks that a token's claims have the shapes the service reads them in, so that an odd claim refuses the token (401)
 * instead of failing the request (a number where the JWT library reads the roles as a list was a 500). It runs before
 * the signature is verified, which it does not replace: the shapes are refused whoever signed them. The JWT library
 * checks the time claims and the issuer; this checks the rest the service relies on: the roles, the audience, the
 * caller's names and the organisation. Names are recorded with every decision, so they are bounded.
 */
public final class ClaimShapes {

    /** The longest organisation or subject a token may name. */
    static final int MAX_NAME_LENGTH = 255;
    /** What an organisation or a subject must be. */
    static final String NAME_RULE = "not a name of 1 to " + MAX_NAME_LENGTH + " characters without control characters";
    private static final List<String> NAME_CLAIMS = List.of("sub", "upn", "preferred_username");
    private static final ObjectMapper JSON = new ObjectMapper();

    private ClaimShapes() {
    }

    /**
     * Checks the claims of {@code rawToken}, a JWS in compact form, and returns its organisation.
     *
     * @throws ParseException naming the first claim whose shape is wrong
     */
    static Optional<String> check(String rawToken) throws ParseException {
        JsonNode claims = claimsOf(rawToken);
        requireStringOrStrings(claims, "groups");
        requireStringOrStrings(claims, "aud");
        boolean named = false;
        for (String name : NAME_CLAIMS) {
            named |= optionalName(claims, name).isPresent();
        }
        if (!named) {
            throw new ParseException("the token names no subject");
        }
        return optionalName(claims, Callers.ORG_CLAIM);
    }

    private static JsonNode claimsOf(String rawToken) throws ParseException {
        String[] parts = rawToken.split("\\.", -1);
        if (parts.length != 3) {
            throw new ParseException("the token is not a signed JWT in compact form");
        }
        try {
            JsonNode claims = JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]),
                    StandardCharsets.UTF_8));
            if (claims == null || !claims.isObject()) {
                throw new ParseException("the token's claims are not a JSON object");
            }
            return claims;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new ParseException("the token's claims cannot be read", e);
        }
    }

    /** Roles and audiences: one string, or an array of strings. */
    private static void requireStringOrStrings(JsonNode claims, String claim) throws ParseException {
        JsonNode value = claims.get(claim);
        if (value == null || value.isTextual()) {
            return;
        }
        if (value.isArray()) {
            for (JsonNode element : value) {
                if (!element.isTextual()) {
                    throw new ParseException("the " + claim + " claim holds something other than strings");
                }
            }
            return;
        }
        throw new ParseException("the " + claim + " claim is neither a string nor an array of strings");
    }

    /** A name the service records: a string that is not blank, not too long and holds no control characters. */
    private static Optional<String> optionalName(JsonNode claims, String claim) throws ParseException {
        JsonNode value = claims.get(claim);
        if (value == null) {
            return Optional.empty();
        }
        String name = value.isTextual() ? value.textValue() : null;
        if (!isName(name)) {
            throw new ParseException("the " + claim + " claim is " + NAME_RULE);
        }
        return Optional.of(name);
    }

    /** Whether {@code text} may name an organisation or a subject: {@value #NAME_RULE}. */
    public static boolean isName(String text) {
        return text != null && !text.isBlank() && text.length() <= MAX_NAME_LENGTH
                && text.chars().noneMatch(Character::isISOControl);
    }
}
