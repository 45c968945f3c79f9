package org.brigreen.trafficlight.web;

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
 * A person signed in to the pages over plain HTTP, through the authorization-code flow at the tests' identity
 * provider, as a browser would: the session cookie to send with page requests.
 */
final class PageSession {

    private PageSession() {
    }

    /** The {@code Cookie} header of a session of {@code role} of {@code org}, signed in from {@code page}. */
    static String signIn(URI page, String role, String org) {
        Response start = given().redirects().follow(false).get(page);
        String stateCookie = start.header("Set-Cookie").split(";", 2)[0];
        URI authorize = URI.create(start.header("Location"));
        Map<String, String> form = new HashMap<>(query(authorize));
        form.put("role", role);
        form.put("org", org);
        Response signedIn = given().redirects().follow(false).formParams(form).post(authorize.resolve("/authorize"));
        Response back = given().redirects().follow(false).header("Cookie", stateCookie)
                .get(signedIn.header("Location"));
        return back.headers().getValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("q_session"))
                .findFirst().orElseThrow(() -> new AssertionError("no session: " + back.asString()))
                .split(";", 2)[0];
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> query = new HashMap<>();
        Matcher pair = Pattern.compile("([^&=]+)=([^&]*)").matcher(uri.getRawQuery());
        while (pair.find()) {
            query.put(pair.group(1), URLDecoder.decode(pair.group(2), StandardCharsets.UTF_8));
        }
        return query;
    }
}
