package org.brigreen.trafficlight.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.brigreen.trafficlight.classification.Descriptors;
import org.brigreen.trafficlight.security.Api;
import org.brigreen.trafficlight.security.Tokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An enterprise's decisions in headless Chromium, in each language: the history, a search by reference, one project's
 * decisions over time with its class change, and the screening certificate of its first decision, on screen and as
 * printed.
 */
@QuarkusTest
class DecisionPagesBrowserTest {

    @TestHTTPResource("/app/decisions")
    URI decisions;

    @ParameterizedTest
    @CsvSource({"en, Amber → Green, Screening certificate", "zh, 黄色 → 绿色, 筛查证书"})
    void anEnterpriseReadsItsHistoryAProjectsClassChangeAndPrintsACertificate(String language, String change,
            String certificateHeading) throws IOException {
        String org = "browser-" + language + "-" + UUID.randomUUID().toString().substring(0, 8);
        String solarPark = "KE-SOLAR-0042";
        recordDecisions(org, solarPark);
        try (Browser browser = new Browser(language)) {
            ChromeDriver driver = browser.driver();
            browser.signIn(decisions, "enterprise", org);
            assertEquals(language, driver.findElement(By.tagName("html")).getAttribute("lang"));
            assertEquals(List.of(solarPark, "KE-WIND-0007", solarPark), rowReferences(driver), "newest first");
            assertEquals(List.of(), browser.seriousAccessibilityViolations());
            browser.screenshot("history-" + language);

            WebElement search = driver.findElement(By.id("reference"));
            search.sendKeys(solarPark);
            search.submit();
            assertEquals(List.of(solarPark, solarPark), rowReferences(driver));
            assertEquals(List.of(), browser.seriousAccessibilityViolations());

            driver.findElement(By.cssSelector(".decisions tbody a[href^='/app/projects/']")).click();
            assertTrue(driver.findElement(By.tagName("h1")).getText().contains(solarPark));
            List<WebElement> steps = driver.findElements(By.cssSelector(".timeline .step"));
            assertEquals(2, steps.size());
            assertTrue(steps.get(1).getText().contains(change), steps.get(1).getText());
            assertEquals(1, driver.findElements(By.cssSelector(".timeline .step-changed")).size());
            assertEquals(List.of(), browser.seriousAccessibilityViolations());
            browser.screenshot("project-" + language);

            steps.get(0).findElement(By.cssSelector(".step-time a")).click();
            certificate(browser, language, certificateHeading);
        }
    }

    private void certificate(Browser browser, String language, String heading) throws IOException {
        ChromeDriver driver = browser.driver();
        assertEquals(heading, driver.findElement(By.tagName("h1")).getText());
        String id = driver.getCurrentUrl().replaceFirst(".*/", "");
        assertEquals(id, driver.findElement(By.className("decision-id")).getText());
        assertEquals("amber", Api.as(Tokens.regulator()).get("/v1/decisions/" + id).jsonPath().getString("class"));
        assertTrue(driver.findElement(By.cssSelector(".verdict .light-amber")).isDisplayed());
        assertTrue(driver.findElement(By.className("missing")).getText()
                .contains("en".equals(language) ? "EIA status" : "环评状态"), "the missing fact, in words");
        assertTrue(driver.findElement(By.className("ruleset-digest")).getText().matches("sha256:[0-9a-f]{64}"));
        assertTrue(driver.findElement(By.className("seq")).getText().matches("[1-9][0-9]*"));
        assertTrue(driver.findElement(By.className("entry-hash")).getText().matches("[0-9a-f]{64}"));
        assertTrue(driver.findElement(By.className("chain-hash")).getText().matches("[0-9a-f]{64}"));
        assertTrue(driver.findElement(By.className("how-to-check")).getText()
                .contains("GET /v1/decisions/" + id + "/proof"));
        assertFalse(driver.findElements(By.cssSelector("link[rel=stylesheet][href='/static/decisions.css']")).isEmpty());
        assertTrue(driver.findElement(By.cssSelector("button.print")).isDisplayed(), "the script shows the button");
        assertTrue(driver.findElement(By.cssSelector(".certificate-links a[href='/app/projects/KE-SOLAR-0042']"))
                .isDisplayed());
        assertEquals(List.of(), browser.seriousAccessibilityViolations());
        browser.screenshot("certificate-" + language);

        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertFalse(driver.findElement(By.className("masthead")).isDisplayed(), "no navigation on paper");
        assertFalse(driver.findElement(By.cssSelector("button.print")).isDisplayed());
        assertFalse(driver.findElement(By.className("certificate-links")).isDisplayed());
        assertEquals("rgba(0, 0, 0, 1)", driver.findElement(By.tagName("body")).getCssValue("color"));
        assertTrue(driver.findElement(By.className("chain-hash")).isDisplayed());
        browser.screenshot("certificate-print-" + language);
        assertTrue(Files.size(browser.printToPdf("certificate-" + language)) > 1000);
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }

    /**
     * The organisation's decisions, oldest first: the solar park amber while planned (no EIA yet), a wind farm, and the
     * solar park green once financed with its EIA approved; and a decision of another organisation on the same
     * reference, which the organisation never sees.
     */
    private static void recordDecisions(String org, String solarPark) {
        ObjectNode planned = Descriptors.solarPark().put("reference", solarPark);
        planned.remove("eia");
        classify(org, planned);
        classify(org, Descriptors.solarPark().put("reference", "KE-WIND-0007").put("sector", "wind_onshore"));
        classify(org, Descriptors.solarPark().put("reference", solarPark).put("stage", "financed_not_started"));
        classify("someone-else", Descriptors.solarPark().put("reference", solarPark));
    }

    private static void classify(String org, ObjectNode descriptor) {
        Api.as(Tokens.enterprise(org)).contentType("application/json").body(descriptor.toString())
                .post("/v1/classifications").then().statusCode(201);
    }

    private static List<String> rowReferences(ChromeDriver driver) {
        return driver.findElements(By.cssSelector(".decisions tbody tr td:nth-child(2)")).stream()
                .map(WebElement::getText).toList();
    }
}
