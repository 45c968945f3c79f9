package org.brigreen.trafficlight.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.brigreen.trafficlight.classification.Descriptors;
import org.brigreen.trafficlight.security.Api;
import org.brigreen.trafficlight.security.Tokens;
import org.brigreen.trafficlight.signin.PageSession;
import org.junit.jupiter.api.Test;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The organisation's decisions, a project's decisions over time and the screening certificate, over HTTP: who sees
 * what, and that the certificate says what the API and the log say.
 */
@QuarkusTest
class DecisionPagesTest {

    @TestHTTPResource("/app/decisions")
    URI decisions;

    @Test
    void anotherOrganisationsCertificateIsTheNotFoundPageOfADecisionThatDoesNotExistButARegulatorSeesIt() {
        String theirReference = "other-" + UUID.randomUUID();
        String ofOther = classify(Tokens.lender("pages-other-bank"), Descriptors.solarPark()
                .put("reference", theirReference));
        String own = PageSession.signIn(decisions, "lender", "pages-own-bank");

        String theirs = page(own, "/app/decisions/" + ofOther, 404);
        UUID nobodys = UUID.randomUUID();
        String missing = page(own, "/app/decisions/" + nobodys, 404);
        assertEquals(missing.replace(nobodys.toString(), ofOther), theirs, "the same page as for no decision at all");
        assertTrue(theirs.contains("There is no decision " + ofOther + "."), theirs);
        page(own, "/app/decisions/not-a-decision-id", 404);
        assertEquals(List.of(), references(page(own, "/app/decisions?reference=" + theirReference, 200)));
        page(own, "/app/projects/" + theirReference, 404);

        String regulator = PageSession.signIn(decisions, "regulator", "pages-regulator");
        assertTrue(page(regulator, "/app/decisions/" + ofOther, 200).contains(ofOther));
        String everyOrganisation = page(regulator, "/app/decisions?reference=" + theirReference, 200);
        assertTrue(everyOrganisation.contains(escaped("Every organisation's decisions"))
                && everyOrganisation.contains("<td>pages-other-bank</td>"), "a regulator sees whose each one is");
    }

    @Test
    void theCertificateShowsTheDecisionTheApiGivesWithItsDigestSeqAndChainHashAndTheWayToItsProof() {
        String org = "pages-cert-" + UUID.randomUUID();
        String token = Tokens.enterprise(org);
        String reference = "CERT-" + UUID.randomUUID();
        ObjectNode noEia = Descriptors.solarPark().put("reference", reference);
        noEia.remove("eia");
        String id = classify(token, noEia);
        JsonPath api = Api.as(token).get("/v1/decisions/" + id).then().statusCode(200).extract().jsonPath();
        JsonPath listed = Api.as(token).queryParam("reference", reference).get("/v1/decisions")
                .then().statusCode(200).extract().jsonPath();
        JsonPath proof = Api.as(Tokens.regulator()).get("/v1/decisions/" + id + "/proof")
                .then().statusCode(200).extract().jsonPath();

        String session = PageSession.signIn(decisions, "enterprise", org);
        String certificate = page(session, "/app/decisions/" + id, 200);
        assertEquals(id, text(certificate, "decision-id"));
        assertEquals("amber", api.getString("class"));
        assertTrue(certificate.contains("<span class=\"light light-amber\">Amber</span>"), certificate);
        assertEquals(api.getString("ruleSet.digest"), text(certificate, "digest ruleset-digest"));
        assertEquals(listed.getString("items[0].seq"), text(certificate, "seq"));
        assertEquals(listed.getString("items[0].chainHash"), text(certificate, "digest chain-hash"));
        assertEquals(listed.getString("items[0].entryHash"), text(certificate, "digest entry-hash"));
        assertEquals(proof.getString("leafHash"), text(certificate, "digest entry-hash"));
        assertTrue(certificate.contains("GET /v1/decisions/" + id + "/proof"), "how to check it against the log");
        for (String message : api.getList("reasons.message", String.class)) {
            assertTrue(certificate.contains(escaped(message)), message);
        }
        assertTrue(certificate.contains("<li>EIA status <span class=\"needed-by\">"), "the missing facts, in words");
        assertTrue(certificate.contains("href=\"/static/decisions.css\"") && certificate.contains("src=\"/static/print.js\""));

        String chinese = page(session, "/app/decisions/" + id + "?lang=zh", 200);
        List<String> chineseMessages = Api.as(token).header("Accept-Language", "zh").get("/v1/decisions/" + id)
                .then().statusCode(200).extract().jsonPath().getList("reasons.message", String.class);
        assertFalse(chineseMessages.isEmpty());
        for (String message : chineseMessages) {
            assertTrue(chinese.contains(escaped(message)), message);
        }
        assertTrue(chinese.contains(">黄色</span>") && chinese.contains("筛查证书"));
    }

    @Test
    void theHistoryIsTheOrganisationsOwnNewestFirstInPagesAndSearchesAReferenceExactly() {
        String org = "pages-history-" + UUID.randomUUID();
        String token = Tokens.lender(org);
        String prefix = "HIST-" + UUID.randomUUID();
        String ndjson = IntStream.range(0, 27)
                .mapToObj(i -> Descriptors.solarPark().put("reference", prefix + "-" + i).toString())
                .collect(Collectors.joining("\n", "", "\n"));
        Api.as(token).contentType("application/x-ndjson").body(ndjson.getBytes(StandardCharsets.UTF_8))
                .post("/v1/classifications/batch").then().statusCode(201);
        classify(Tokens.lender("pages-someone-else"), Descriptors.solarPark().put("reference", prefix + "-0"));
        String session = PageSession.signIn(decisions, "lender", org);

        String first = page(session, "/app/decisions", 200);
        List<String> references = references(first);
        assertEquals(IntStream.iterate(26, i -> i >= 2, i -> i - 1).mapToObj(i -> prefix + "-" + i).toList(),
                references, "the newest 25, newest first");
        Matcher older = Pattern.compile("href=\"(/app/decisions\\?before=[^\"]+)\" rel=\"next\"").matcher(first);
        assertTrue(older.find(), "a link to the older decisions");
        String second = page(session, older.group(1).replace("&amp;", "&"), 200);
        assertEquals(List.of(prefix + "-1", prefix + "-0"), references(second));
        assertFalse(second.contains("rel=\"next\""));

        assertEquals(List.of(prefix + "-0"), references(page(session, "/app/decisions?reference=" + prefix + "-0", 200)),
                "the organisation's own decision of that reference, not the other's");
        String prefixOnly = page(session, "/app/decisions?reference=" + prefix, 200);
        assertEquals(List.of(), references(prefixOnly), "an exact match");
        assertTrue(prefixOnly.contains("No decision matches this filter."));

        String tooLong = page(session, "/app/decisions?reference=" + "x".repeat(129), 400);
        assertTrue(tooLong.contains("A reference has 1 to 128 characters"), tooLong);
        assertTrue(page(session, "/app/decisions?before=forged", 400).contains("not one the service gave"));
        assertTrue(page(session, "/app/decisions?reference=a%00b", 400).contains("A reference has 1 to 128"));
        page(session, "/app/projects/a%00b", 404);
        page(session, "/app/projects/" + "x".repeat(129), 404);
    }

    @Test
    void aProjectsPageShowsItsDecisionsOldestFirstWithTheClassChangeAndAReferenceOfAnyCharacters() {
        String org = "pages-project-" + UUID.randomUUID();
        String token = Tokens.enterprise(org);
        String reference = "LN/2026 #" + UUID.randomUUID() + "?x=1&y";
        ObjectNode planned = Descriptors.solarPark().put("reference", reference);
        planned.remove("eia");
        classify(token, planned);
        classify(token, Descriptors.solarPark().put("reference", reference).put("stage", "financed_not_started"));
        String session = PageSession.signIn(decisions, "enterprise", org);

        String history = page(session, "/app/decisions", 200);
        Matcher link = Pattern.compile("href=\"(/app/projects/[^\"]+)\"").matcher(history);
        assertTrue(link.find(), history);
        String project = page(session, link.group(1).replace("&amp;", "&"), 200);
        assertTrue(project.contains(escaped(reference)), project);
        int plannedAt = project.indexOf("Planned");
        int financedAt = project.indexOf("Financed, not started");
        assertTrue(plannedAt > 0 && financedAt > plannedAt, "oldest first");
        assertTrue(project.contains("First decision") && project.contains("Class changed: Amber → Green"), project);

        String other = PageSession.signIn(decisions, "enterprise", "pages-project-other");
        page(other, link.group(1).replace("&amp;", "&"), 404);
    }

    @Test
    void aRuleAdministratorHasNoDecisionsToSee() {
        String session = PageSession.signIn(decisions, "rules_admin", "pages-rules");
        given().header("Cookie", session).redirects().follow(false).get(decisions).then().statusCode(403);
    }

    @Test
    void aRegulatorFiltersEveryOrganisationsLogCountsWhatMatchesAndDownloadsIt() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String org = "pages-filter-" + run;
        String reference = "FILTER-" + run;
        String solar = classify(Tokens.lender(org), Descriptors.solarPark().put("reference", reference));
        ObjectNode coal = Descriptors.solarPark().put("reference", reference).put("sector", "coal_power");
        String red = classify(Tokens.lender(org), coal);
        classify(Tokens.lender(org + "-other"), Descriptors.solarPark().put("reference", reference));
        String session = PageSession.signIn(decisions, "regulator", "pages-regulator");
        String today = LocalDate.now(ZoneOffset.UTC).toString();

        String byOrg = page(session, "/app/decisions?org=" + org + "&from=" + today + "&to=" + today, 200);
        assertTrue(byOrg.contains("2 decisions match."), byOrg);
        assertEquals(List.of(reference, reference), references(byOrg));
        String redOnly = page(session, "/app/decisions?org=" + org + "&class=red&excluded=true", 200);
        assertTrue(redOnly.contains("1 decision matches."), redOnly);
        assertTrue(redOnly.contains("/app/decisions/" + red), redOnly);
        assertFalse(redOnly.contains("/app/decisions/" + solar), redOnly);
        assertTrue(redOnly.contains("<option value=\"red\" selected>"), "the form shows the filter again");

        Matcher csvLink = Pattern.compile("href=\"([^\"]+)\" class=\"download-csv\"").matcher(redOnly);
        assertTrue(csvLink.find(), redOnly);
        Response csv = given().header("Cookie", session).urlEncodingEnabled(false)
                .get(decisions.resolve(csvLink.group(1).replace("&amp;", "&")));
        assertEquals(200, csv.statusCode(), csv.asString());
        List<String> rows = csv.asString().lines().toList();
        assertEquals(2, rows.size(), csv.asString());
        assertTrue(rows.get(1).contains(red) && rows.get(1).contains(",red,true,coal_power,"), rows.get(1));

        String refused = page(session, "/app/decisions?from=2026-02-30&class=purple&to=2020-01-01", 400);
        assertTrue(refused.contains("Give a date, such as 2026-01-31."), refused);
        assertTrue(refused.contains("Choose one of the values offered."), refused);
        assertTrue(refused.contains("aria-invalid=\"true\""), refused);

        String lender = PageSession.signIn(decisions, "lender", org + "-other");
        String scoped = page(lender, "/app/decisions?org=" + org + "&reference=" + reference, 200);
        assertTrue(scoped.contains("1 decision matches."), "a lender sees its own organisation's only: " + scoped);
        assertFalse(scoped.contains("id=\"filter-org\""), "and has no organisation to choose");
    }

    private static String classify(String token, ObjectNode descriptor) {
        return Api.as(token).contentType("application/json").body(descriptor.toString())
                .post("/v1/classifications").then().statusCode(201).extract().jsonPath().getString("decisionId");
    }

    private String page(String session, String path, int status) {
        Response answer = given().header("Cookie", session).redirects().follow(false).urlEncodingEnabled(false)
                .get(decisions.resolve(path));
        assertEquals(status, answer.statusCode(), path + ": " + answer.asString());
        assertTrue(answer.contentType().startsWith("text/html"), answer.contentType());
        return answer.asString();
    }

    /** The text of the element with exactly these classes. */
    private static String text(String html, String classes) {
        Matcher element = Pattern.compile("class=\"" + Pattern.quote(classes) + "\"[^>]*>([^<]*)<").matcher(html);
        assertTrue(element.find(), "no element of class " + classes);
        return element.group(1);
    }

    /** The references of the history's rows, in order. */
    private static List<String> references(String html) {
        Matcher link = Pattern.compile("<a href=\"/app/projects/[^\"]+\">([^<]*)</a>").matcher(html);
        List<String> found = new ArrayList<>();
        while (link.find()) {
            found.add(link.group(1));
        }
        return found;
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
