package org.brigreen.trafficlight.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import org.brigreen.trafficlight.classification.Descriptors;
import org.junit.jupiter.api.Test;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * Every token that must not be accepted is refused with the same 401 problem+json, which says no more than that the
 * token is not valid: not why, which would help a forger.
 */
@QuarkusTest
class TokenRefusalTest {

    @Test
    void noTokenIs401() {
        assertUnauthorized(Api.anonymous(), "A bearer token is required.");
    }

    @Test
    void anExpiredTokenIs401() {
        String expired = Tokens.sign(Tokens.claims(Roles.REGULATOR, null)
                .issuedAt(Instant.now().minusSeconds(7200)).expiresAt(Instant.now().minusSeconds(3600)));
        assertRefused(expired);
    }

    @Test
    void aTokenSignedWithAnotherKeyIs401() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair other = generator.generateKeyPair();
        assertRefused(Tokens.claims(Roles.REGULATOR, null).jws().sign(other.getPrivate()));
    }

    @Test
    void anUnsignedTokenIs401() {
        String payload = Tokens.regulator().split("\\.")[1];
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        assertRefused(header + "." + payload + ".");
    }

    @Test
    void aTokenOfAnotherIssuerIs401() {
        assertRefused(Tokens.sign(Tokens.claims(Roles.REGULATOR, null).issuer("https://elsewhere.example")));
    }

    @Test
    void aLendersOrEnterprisesTokenWithoutOrgIs401() {
        assertRefused(Tokens.of(Roles.LENDER, null));
        assertRefused(Tokens.of(Roles.ENTERPRISE, null));
        assertRefused(Tokens.of(Roles.LENDER, " "));
    }

    @Test
    void aTokenThatIsNotAJwtIs401() {
        assertRefused("not-a-token");
    }

    @Test
    void aRefusedTokenIs401WhenClassifyingToo() {
        Api.as(Tokens.of(Roles.LENDER, null)).contentType(ContentType.JSON)
                .body(Descriptors.solarPark().toString())
                .when().post("/v1/classifications")
                .then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("/problems/unauthorized"));
    }

    @Test
    void aRoleThatMayNotIs403ProblemJson() {
        Api.as(Tokens.regulator()).contentType(ContentType.JSON).body(Descriptors.solarPark().toString())
                .when().post("/v1/classifications")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("/problems/forbidden"))
                .body("status", equalTo(403))
                .body("detail", equalTo("Your role may not do this."))
                .body("instance", equalTo("/v1/classifications"));
    }

    private static void assertRefused(String token) {
        assertUnauthorized(Api.as(token), "The bearer token is not valid.");
    }

    private static void assertUnauthorized(RequestSpecification request, String detail) {
        request.when().get("/v1/decisions")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("/problems/unauthorized"))
                .body("title", equalTo("Unauthorized"))
                .body("status", equalTo(401))
                .body("detail", equalTo(detail))
                .body("instance", equalTo("/v1/decisions"))
                .body(allOf(not(containsString("Exception")), not(containsString("expired")),
                        not(containsString("signature")), not(containsString("issuer"))));
    }
}
