package org.brigreen.trafficlight.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.brigreen.trafficlight.classification.Descriptors;
import org.brigreen.trafficlight.evaluation.RulesWithADraft;
import org.brigreen.trafficlight.security.Api;
import org.brigreen.trafficlight.security.Tokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A regulator measures a draft in headless Chromium, in each language: the decisions of a period made under 2021.2,
 * re-run under the draft (a copy of the newest version, which adds conflict-affected areas to what 2021.2 knew), move
 * as designed in the heat map, and a sample in a cell opens its decision. The log holds the other tests' decisions
 * too, so each cell is expected to hold what it held before this test's decisions, and those.
 */
@QuarkusTest
@TestProfile(RulesWithADraft.class)
class ImpactBrowserTest {

    private static final String DECIDED_UNDER = "2021.2";
    private static final int CLEAR_SITES = 3;
    private static final int CONFLICT_AREAS = 2;
    private static final int NEW_COAL = 1;

    @TestHTTPResource("/app/impact")
    URI impactPage;

    @ParameterizedTest
    @CsvSource({"en, What 9999.1 would change", "zh, 9999.1 将带来的变化"})
    void aRegulatorSeesADraftMoveThePeriodsDecisionsAndOpensASample(String language, String resultHeading) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        // A day either side: a period that holds the decisions made now, whenever now is.
        String from = today.minusDays(1).toString();
        String to = today.plusDays(1).toString();
        JsonPath before = impactByApi(from, to);
        seed();

        try (Browser browser = new Browser(language)) {
            ChromeDriver driver = browser.driver();
            browser.signIn(impactPage, "regulator", "impact-regulator");
            Select version = new Select(driver.findElement(By.id("impact-version")));
            assertEquals(RulesWithADraft.DRAFT, version.getFirstSelectedOption().getAttribute("value"),
                    "the draft, newest, is offered first");
            assertEquals(List.of(), browser.seriousAccessibilityViolations());
            browser.screenshot("impact-form-" + language);

            fill(driver, "9999-99-99", to);
            run(driver);
            assertEquals("true", driver.findElement(By.id("impact-from")).getAttribute("aria-invalid"));
            assertTrue(driver.findElement(By.id("impact-from-problem")).isDisplayed());
            assertEquals(List.of(), browser.seriousAccessibilityViolations());

            fill(driver, from, to);
            run(driver);
            assertEquals(resultHeading, driver.findElement(By.id("impact-result-heading")).getText());
            assertCell(driver, before, "green", "green", CLEAR_SITES);
            assertCell(driver, before, "green", "amber", CONFLICT_AREAS);
            assertCell(driver, before, "red", "red", NEW_COAL);
            assertCell(driver, before, "amber", "green", 0);
            assertEquals(before.getLong("excluded.stayed.count") + NEW_COAL,
                    Long.parseLong(driver.findElement(By.cssSelector(".exclusion-stayed .count")).getText()));
            assertEquals(List.of(), browser.seriousAccessibilityViolations());
            browser.screenshot("impact-result-" + language);

            WebElement sample = cell(driver, "green", "amber").findElement(By.className("sample"));
            String id = URI.create(sample.getAttribute("href")).getPath().replaceFirst(".*/", "");
            browser.clickToLoad(sample);
            assertEquals(id, driver.findElement(By.className("decision-id")).getText());
            JsonPath decision = Api.as(Tokens.regulator()).get("/v1/decisions/" + id).jsonPath();
            assertEquals("green", decision.getString("class"), "a sample of the cell: green as recorded");
            assertEquals(DECIDED_UNDER, decision.getString("ruleSet.version"));
        }
    }

    /** The analysis the page is to show, as the API gives it before this test's decisions are made. */
    private static JsonPath impactByApi(String from, String to) {
        return Api.as(Tokens.regulator()).queryParams(Map.of("from", from, "to", to, "decidedUnder", DECIDED_UNDER))
                .post("/v1/rulesets/bri-traffic-light/versions/" + RulesWithADraft.DRAFT + "/impact")
                .then().statusCode(200).extract().jsonPath();
    }

    /**
     * Decisions under 2021.2: solar parks on clear sites, green under both; solar parks in conflict-affected areas,
     * green under 2021.2, which did not know them, and amber under the draft; new coal power, red and excluded under
     * both.
     */
    private static void seed() {
        for (int i = 0; i < CLEAR_SITES; i++) {
            classify(Descriptors.solarPark().put("reference", "IMPACT-PAGE-CLEAR-" + i));
        }
        for (int i = 0; i < CONFLICT_AREAS; i++) {
            ObjectNode descriptor = Descriptors.solarPark().put("reference", "IMPACT-PAGE-CONFLICT-" + i);
            ((ObjectNode) descriptor.get("site")).put("conflictAffected", true);
            classify(descriptor);
        }
        for (int i = 0; i < NEW_COAL; i++) {
            classify(Descriptors.solarPark().put("reference", "IMPACT-PAGE-COAL-" + i).put("sector", "coal_power")
                    .put("capacityMw", 1320));
        }
    }

    private static void classify(ObjectNode descriptor) {
        Api.as(Tokens.lender("impact-page")).contentType("application/json").queryParam("version", DECIDED_UNDER)
                .body(descriptor.toString()).post("/v1/classifications").then().statusCode(201);
    }

    private static void fill(ChromeDriver driver, String from, String to) {
        new Select(driver.findElement(By.id("impact-decidedUnder"))).selectByValue(DECIDED_UNDER);
        setDate(driver, "impact-from", from);
        setDate(driver, "impact-to", to);
    }

    /** A date field's value set as a script would: typing into a date input follows the browser's locale. */
    private static void setDate(ChromeDriver driver, String id, String value) {
        driver.executeScript("arguments[0].type = 'text'; arguments[0].value = arguments[1];",
                driver.findElement(By.id(id)), value);
    }

    /**
     * Runs the analysis through the page's script, which shows its progress, and waits for the page it answers: put in
     * place by the script, not loaded by the browser, as a mark left on the window tells.
     */
    private static void run(ChromeDriver driver) {
        WebElement form = driver.findElement(By.id("impact-form"));
        driver.executeScript("window.impactTestMark = true;");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.withMessage(driver::getPageSource).until(ExpectedConditions.stalenessOf(form));
        wait.until(ExpectedConditions.or(
                ExpectedConditions.presenceOfElementLocated(By.id("impact-result-heading")),
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#impact-form [aria-invalid=true]"))));
        assertEquals(true, driver.executeScript("return window.impactTestMark === true;"),
                "the script sent the form: " + driver.getPageSource());
    }

    private static WebElement cell(ChromeDriver driver, String from, String to) {
        return driver.findElement(By.cssSelector(".impact-matrix td[data-from=" + from + "][data-to=" + to + "]"));
    }

    private static void assertCell(ChromeDriver driver, JsonPath before, String from, String to, int added) {
        long expected = before.getLong("classes." + from + "." + to + ".count") + added;
        assertEquals(expected, Long.parseLong(cell(driver, from, to).findElement(By.className("count")).getText()),
                from + " → " + to);
    }
}
