package org.brigreen.trafficlight.problems;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.brigreen.trafficlight.http.ProblemType;
import org.junit.jupiter.api.Test;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every problem type the service can answer (a problem's type is always a {@link ProblemType}) has a page at the URL
 * its type names, for people, in English and Chinese, with an example that is a problem of that type.
 */
@QuarkusTest
class ProblemPagesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyTypeHasAPageThatAnswers200InEnglishAndChinese() throws IOException {
        for (ProblemType type : ProblemType.values()) {
            String english = page(type.uri(), "en");
            String chinese = page(type.uri(), "zh");
            String name = first(english, "<h1>(.*?)</h1>");
            assertFalse(name.isBlank(), type.uri());
            assertNotEquals(name, first(chinese, "<h1>(.*?)</h1>"), type.uri() + " has no Chinese name");
            assertEquals(List.of(false, false), List.of(first(english, "<h2 id=\"meaning\">.*?<p>(.*?)</p>").isBlank(),
                    first(english, "<h2 id=\"action\">.*?<p>(.*?)</p>").isBlank()), type.uri());
            String exampleText = first(english, "<pre><code>(.*?)</code></pre>");
            JsonNode example = JSON.readTree(unescape(exampleText));
            assertEquals(type.uri(), example.get("type").asText(), type.uri());
            if (type.status() != 0) {
                assertEquals(type.status(), example.get("status").asInt(), type.uri());
            }
            assertEquals(exampleText, first(chinese, "<pre><code>(.*?)</code></pre>"),
                    "the example is the API's answer, in English either way");
        }
    }

    @Test
    void theIndexLinksEveryType() {
        Matcher links = Pattern.compile("<a href=\"(/problems/[^\"]+)\">").matcher(page("/problems", "en"));
        Set<String> linked = new TreeSet<>();
        while (links.find()) {
            linked.add(links.group(1));
        }
        Set<String> types = new TreeSet<>(Arrays.stream(ProblemType.values()).map(ProblemType::uri).toList());
        assertEquals(types, linked);
    }

    @Test
    void everyTypeTheContractShowsHasAPage() throws IOException {
        Matcher types = Pattern.compile("type: (/problems/[a-z0-9-]+)")
                .matcher(Files.readString(Path.of("src/main/resources/META-INF/openapi.yaml")));
        int found = 0;
        while (types.find()) {
            String uri = types.group(1);
            assertTrue(ProblemType.named(uri.substring(ProblemType.PATH.length())).isPresent(), uri);
            found++;
        }
        assertTrue(found > 20, "the contract's examples were not found: " + found);
    }

    @Test
    void anUnknownTypeIsAProblemOfTheTypeNotFound() {
        RestAssured.given().when().get("/problems/no-such-problem")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("/problems/http-404"));
    }

    @Test
    void aProblemsTypeResolvesToItsPage() {
        String type = RestAssured.given().when().get("/v1/decisions")
                .then().statusCode(401).extract().path("type");
        assertEquals("/problems/unauthorized", type);
        RestAssured.given().when().get(type).then().statusCode(200).contentType("text/html");
    }

    private static String page(String path, String language) {
        return RestAssured.given().queryParam("lang", language).when().get(path)
                .then().statusCode(200).contentType("text/html")
                .header("Content-Language", language)
                .extract().asString();
    }

    private static String first(String html, String regex) {
        Matcher matcher = Pattern.compile(regex, Pattern.DOTALL).matcher(html);
        assertTrue(matcher.find(), regex);
        return matcher.group(1).strip();
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
