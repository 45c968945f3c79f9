package org.brigreen.trafficlight.web;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An enterprise's self-check in headless Chromium: the form, the answer, a remedy tried, and the decision recorded. */
@QuarkusTest
class SelfCheckBrowserTest {

    @TestHTTPResource("/app/self-check")
    URI selfCheck;

    @Test
    void aSelfCheckComesOutAmberARemedyTriedGivesGreenAndTheDecisionIsRecorded() {
        try (Browser browser = new Browser("en")) {
            browser.signIn(selfCheck, "enterprise", "desert-sun-power");
            assertEquals("Self-check a project", browser.driver().findElement(By.tagName("h1")).getText());
            assertEquals(List.of(), browser.seriousAccessibilityViolations());
            browser.screenshot("self-check-form-en");

            describeTheDesertSolarPlantBeforeItsEiaIsApproved(browser);
            browser.driver().findElement(By.cssSelector("form.self-check button[type=submit]")).click();
            assertEquals("AMBER", text(browser, "#class"));
            assertTrue(text(browser, "#notice").startsWith("An evaluation, not a decision: nothing was recorded"));
            assertEquals(List.of(), browser.seriousAccessibilityViolations());
            browser.screenshot("self-check-answer-en");

            WebElement approval = browser.driver().findElements(By.cssSelector(".what-if")).stream()
                    .filter(whatIf -> whatIf.getText().contains("If EIA status were Approved instead of In progress"))
                    .findFirst().orElseThrow();
            assertTrue(approval.getText().contains("the class would be Green"), approval.getText());
            approval.findElement(By.tagName("button")).click();
            assertEquals("GREEN", text(browser, "#class"));
            assertTrue(text(browser, ".banner").contains("Evaluated, not recorded"));
            assertEquals("approved", new Select(browser.driver().findElement(By.id("f-eia-status")))
                    .getFirstSelectedOption().getAttribute("value"), "the form shows the description tried");
            browser.screenshot("self-check-what-if-en");

            browser.driver().findElement(By.cssSelector("form.record button")).click();
            assertTrue(browser.driver().getCurrentUrl().matches(".*/app/decisions/[0-9a-f-]{36}"),
                    browser.driver().getCurrentUrl());
        }
    }

    @Test
    void whatTheServiceWouldRefuseIsShownNextToTheFieldInTheApisWords() {
        try (Browser browser = new Browser("zh")) {
            browser.signIn(selfCheck, "lender", "silk-road-bank");
            new Select(browser.driver().findElement(By.id("f-country"))).selectByValue("KZ");
            browser.driver().findElement(By.cssSelector("form.self-check button[type=submit]")).click();
            assertEquals("服务将拒绝此项：is required", text(browser, "#f-sector-error"));
            assertEquals("true", browser.driver().findElement(By.id("f-sector")).getAttribute("aria-invalid"));
            assertEquals("哈萨克斯坦", new Select(browser.driver().findElement(By.id("f-country")))
                    .getFirstSelectedOption().getText(), "what was entered stays");
            assertEquals(List.of(), browser.seriousAccessibilityViolations());
            browser.screenshot("self-check-refused-zh");
        }
    }

    private static void describeTheDesertSolarPlantBeforeItsEiaIsApproved(Browser browser) {
        browser.driver().findElement(By.id("f-reference")).sendKeys("DSP-2026-001");
        new Select(browser.driver().findElement(By.id("f-country"))).selectByValue("EG");
        new Select(browser.driver().findElement(By.id("f-sector"))).selectByValue("solar_pv");
        new Select(browser.driver().findElement(By.id("f-stage"))).selectByValue("planned");
        browser.driver().findElement(By.id("f-site-nearestSensitiveAreaKm")).sendKeys("30");
        new Select(browser.driver().findElement(By.id("f-site-criticalHabitat"))).selectByValue("no");
        new Select(browser.driver().findElement(By.id("f-eia-status"))).selectByValue("in_progress");
        new Select(browser.driver().findElement(By.id("f-eia-standard"))).selectByValue("international");
    }

    private static String text(Browser browser, String selector) {
        return browser.driver().findElement(By.cssSelector(selector)).getText();
    }
}
