package org.brigreen.trafficlight.signin;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Signing in to the pages, over HTTP, with the authorization-code flow at a real OpenID Connect provider the tests
 * start ({@link TestIdentityProvider}, which refuses a code without its PKCE verifier).
 */
@QuarkusTest
@QuarkusTestResource(TestIdentityProvider.class)
class SignInTest {

    @TestHTTPResource("/app")
    URI pages;

    @Test
    void aPageSendsAPersonWhoIsNotSignedInToTheIdentityProviderWithPkceAndAStateCookie() {
        Response answer = PageSession.start(pages);
        assertEquals(302, answer.statusCode());
        URI authorize = URI.create(answer.header("Location"));
        Map<String, String> query = PageSession.query(authorize);
        assertEquals("code", query.get("response_type"));
        assertEquals("S256", query.get("code_challenge_method"));
        assertNotNull(query.get("code_challenge"));
        String state = answer.header("Set-Cookie");
        assertProtected(state);
    }

    @Test
    void aPersonWhoSignsInAsAnEnterpriseSeesTheirPagesWithASessionCookieThatScriptsCannotRead() {
        Response start = PageSession.start(pages);
        String stateCookie = start.header("Set-Cookie").split(";", 2)[0];
        URI authorize = URI.create(start.header("Location"));
        given().urlEncodingEnabled(false).get(authorize).then().statusCode(200).body(containsString("name=\"role\""));

        Map<String, String> form = new HashMap<>(PageSession.query(authorize));
        form.put("role", "enterprise");
        form.put("org", "acme-energy");
        Response signedIn = given().redirects().follow(false).formParams(form).post(authorize.resolve("/authorize"));
        assertEquals(302, signedIn.statusCode());
        Response back = given().redirects().follow(false).header("Cookie", stateCookie)
                .get(signedIn.header("Location"));
        assertEquals(302, back.statusCode(), back.asString());
        String session = PageSession.sessionCookie(back);
        assertProtected(session);

        given().header("Cookie", session.split(";", 2)[0]).get(pages).then().statusCode(200)
                .body(containsString("dev-enterprise-acme-energy"), containsString("acme-energy"),
                        containsString("href=\"/app/self-check\""));
    }

    @Test
    void theIdentityProviderGivesNoCodeForARequestWithoutPkce() {
        Response start = PageSession.start(pages);
        Map<String, String> form = new HashMap<>(PageSession.query(URI.create(start.header("Location"))));
        form.remove("code_challenge");
        form.put("role", "enterprise");
        form.put("org", "acme-energy");
        given().redirects().follow(false).formParams(form).post(URI.create(start.header("Location"))
                .resolve("/authorize")).then().statusCode(400);
    }

    @Test
    void theApiTakesNoSessionCookieOnlyBearerTokens() {
        String session = PageSession.signIn(pages, "regulator", "");
        given().header("Cookie", session).get(pages).then().statusCode(200);
        given().header("Cookie", session).get(pages.resolve("/v1/decisions")).then().statusCode(401);
    }

    /** A cookie that scripts cannot read, sent over HTTPS only, and not on another site's requests. */
    private static void assertProtected(String cookie) {
        String attributes = cookie.toLowerCase(java.util.Locale.ROOT);
        assertTrue(attributes.contains("; httponly") && attributes.contains("; secure")
                && attributes.contains("; samesite=lax"), cookie);
    }
}
