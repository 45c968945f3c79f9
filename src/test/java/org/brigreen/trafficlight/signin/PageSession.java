package org.brigreen.trafficlight.signin;

import io.restassured.response.Response;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import static io.restassured.RestAssured.given;

/**
 * Signs in over HTTP, as a browser would, at the tests' identity provider: the authorization-code flow from a page to
 * the provider's sign-in form and back.
 */
public final class PageSession {

    private PageSession() {
    }

    /** The first answer of {@code page} to a person not signed in: the redirect to the identity provider. */
    public static Response start(URI page) {
        return given().redirects().follow(false).get(page);
    }

    /**
     * The session cookie ({@code q_session=…}) of a person signed in as {@code role} of {@code org}.
     *
     * @param page any page that needs sign-in
     */
    public static String signIn(URI page, String role, String org) {
        Response start = start(page);
        String stateCookie = start.header("Set-Cookie").split(";", 2)[0];
        URI authorize = URI.create(start.header("Location"));
        Map<String, String> form = new HashMap<>(query(authorize));
        form.put("role", role);
        form.put("org", org);
        Response signedIn = given().redirects().follow(false).formParams(form).post(authorize.resolve("/authorize"));
        Response back = given().redirects().follow(false).header("Cookie", stateCookie)
                .get(signedIn.header("Location"));
        return sessionCookie(back).split(";", 2)[0];
    }

    /** The Set-Cookie header of the session, with its attributes. */
    static String sessionCookie(Response answer) {
        return answer.headers().getValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("q_session"))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + answer.headers()));
    }

    static Map<String, String> query(URI uri) {
        Map<String, String> query = new HashMap<>();
        Matcher pair = Pattern.compile("([^&=]+)=([^&]*)").matcher(uri.getRawQuery());
        while (pair.find()) {
            query.put(pair.group(1), URLDecoder.decode(pair.group(2), StandardCharsets.UTF_8));
        }
        return query;
    }
}
