package org.brigreen.trafficlight.web;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.security.PublicKey;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.brigreen.trafficlight.audit.Checkpointer;
import org.brigreen.trafficlight.classification.Descriptors;
import org.brigreen.trafficlight.security.Api;
import org.brigreen.trafficlight.security.Tokens;
import org.brigreen.trafficlight.tlog.Ed25519Keys;
import org.brigreen.trafficlight.tlog.HashText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The regulator's integrity page and the check in the browser, in headless Chromium, in each language: the latest
 * checkpoint and its key, a verification started and watched to its end, kept after a reload; a key pinned in the
 * browser, a decision verified against it; a proof altered on its way to the page, and a key that is not the one
 * pinned, each failing loudly.
 */
@QuarkusTest
class IntegrityBrowserTest {

    private static final Duration WITHIN = Duration.ofSeconds(60);
    /** Alters the first hash of the audit path of every proof the page fetches, as a forger between it and the log. */
    private static final String ALTER_PROOFS = """
            const original = window.fetch;
            window.fetch = async (input, init) => {
              const answer = await original(input, init);
              if (!String(input).endsWith('/proof')) {
                return answer;
              }
              const served = await answer.json();
              const first = served.proof.auditPath[0];
              served.proof.auditPath[0] = (first[0] === '0' ? '1' : '0') + first.slice(1);
              return new Response(JSON.stringify(served), {status: 200,
                  headers: {'Content-Type': 'application/json'}});
            };
            """;

    @TestHTTPResource("/app/integrity")
    URI integrity;

    @Inject
    Checkpointer checkpointer;

    @ParameterizedTest
    @CsvSource({"en, Passed: the log holds, Verified in this browser, The check FAILED, Warning:, consistency proof",
        "zh, 通过：日志完整, 已在本浏览器中核验, 核验未通过, 警告：, 一致性证明"})
    void aRegulatorVerifiesTheLogOnTheServiceAndADecisionInTheBrowser(String language, String passed,
            String verified, String failed, String warning, String consistency) {
        String decision = classify("INTEGRITY-" + language);
        classify("INTEGRITY-" + language + "-2");
        checkpointer.checkpointNow();
        String keyId = Api.given().when().get("/v1/audit/public-key").then().statusCode(200).extract()
                .path("keyId");
        try (Browser browser = new Browser(language)) {
            ChromeDriver driver = browser.driver();
            browser.signIn(integrity, "regulator", "integrity-" + language);
            assertTrue(driver.findElement(By.className("tree-size")).getText().matches("[1-9][0-9]*"));
            assertTrue(driver.findElement(By.className("root-hash")).getText().matches("[0-9a-f]{64}"));
            assertEquals(keyId, driver.findElement(By.className("key-id")).getText());
            assertFalse(driver.findElement(By.className("age")).getText().isBlank());
            assertEquals(List.of(), browser.seriousAccessibilityViolations());

            // From this test's first decision on: the range the form offers, and a run that does not grow with
            // the records the rest of the suite has logged before.
            driver.findElement(By.id("verify-from")).sendKeys(Long.toString(seqOf(decision)));
            driver.findElement(By.id("start-verification")).click();
            WebElement status = driver.findElement(By.id("progress-status"));
            until(driver, ExpectedConditions.attributeToBe(status, "class", "state-passed"));
            assertTrue(status.getText().startsWith(passed), status.getText());
            assertTrue(driver.findElement(By.id("progress-text")).getText().matches("([0-9,]+) \\S+ \\1.*"),
                    "all records checked: " + driver.findElement(By.id("progress-text")).getText());
            assertEquals(List.of(), browser.seriousAccessibilityViolations());

            driver.navigate().refresh();
            assertTrue(driver.findElement(By.id("run-state")).getText().startsWith(passed), "kept after a reload");

            pinTheServedKey(browser, keyId);
            driver.findElement(By.id("verify-button")).click();
            until(driver, ExpectedConditions.attributeContains(By.id("verify-panel"), "class", "verify-passed"));
            assertEquals(3, driver.findElements(By.cssSelector("#verify-steps li.step-passed")).size(),
                    "key, signature, and the first checkpoint this browser saw");
            assertFalse(driver.findElement(By.id("verify-status")).getText().isBlank());
            assertEquals(List.of(), browser.seriousAccessibilityViolations());
            browser.screenshot("integrity-" + language);

            // The log grows after the browser saw it: the decision's check proves the new tree extends the one seen.
            classify("INTEGRITY-" + language + "-3");
            checkpointer.checkpointNow();
            driver.get(integrity.resolve("/app/decisions/" + decision).toString());
            driver.findElement(By.id("verify-button")).click();
            until(driver, ExpectedConditions.attributeContains(By.id("verify-panel"), "class", "verify-passed"));
            assertTrue(driver.findElement(By.id("verify-status")).getText().startsWith(verified));
            List<WebElement> steps = driver.findElements(By.cssSelector("#verify-steps li"));
            assertEquals(7, steps.size(), "key, record, leaf, path, root, signature, consistency");
            assertEquals(steps.size(), driver.findElements(By.cssSelector("#verify-steps li.step-passed")).size());
            assertTrue(steps.get(6).getText().contains(consistency), steps.get(6).getText());
            assertEquals(List.of(), browser.seriousAccessibilityViolations());
            browser.screenshot("verified-" + language);

            rememberAnotherLog(driver);
            driver.findElement(By.id("verify-button")).click();
            until(driver, ExpectedConditions.visibilityOfElementLocated(By.id("verify-failure")));
            List<WebElement> failedSteps = driver.findElements(By.cssSelector("#verify-steps li.step-failed"));
            assertEquals(1, failedSteps.size());
            assertTrue(failedSteps.get(0).getText().contains(consistency), "a log rewritten since the browser saw it");
            driver.navigate().refresh();

            driver.executeScript(ALTER_PROOFS);
            driver.findElement(By.id("verify-button")).click();
            WebElement failure = driver.findElement(By.id("verify-failure"));
            until(driver, ExpectedConditions.visibilityOf(failure));
            assertEquals("alert", failure.getAttribute("role"));
            assertTrue(failure.getText().startsWith(failed), failure.getText());
            assertEquals(1, driver.findElements(By.cssSelector("#verify-steps li.step-failed")).size());
            assertFalse(driver.findElement(By.id("verify-panel")).getAttribute("class").contains("verify-passed"));
            assertEquals(List.of(), browser.seriousAccessibilityViolations());
            browser.screenshot("tampered-" + language);

            pinAnotherKey(driver);
            driver.navigate().refresh();
            driver.findElement(By.id("verify-button")).click();
            WebElement keyWarning = driver.findElement(By.id("key-warning"));
            until(driver, ExpectedConditions.visibilityOf(keyWarning));
            assertEquals("alert", keyWarning.getAttribute("role"));
            assertTrue(keyWarning.getText().startsWith(warning), keyWarning.getText());
            assertTrue(driver.findElement(By.id("verify-failure")).isDisplayed(), "the check fails");
            assertEquals(List.of(), browser.seriousAccessibilityViolations());
            browser.screenshot("key-changed-" + language);
        }
    }

    @Test
    void aLenderIsRefusedThePageAndSeesNoLinkToIt() {
        try (Browser browser = new Browser("en")) {
            ChromeDriver driver = browser.driver();
            browser.signIn(integrity, "lender", "integrity-lender");
            assertTrue(driver.getPageSource().contains("/problems/forbidden"),
                    driver.getPageSource());
            driver.get(integrity.resolve("/app").toString());
            assertTrue(driver.findElements(By.cssSelector("a[href='/app/integrity']")).isEmpty());
        }
    }

    @Test
    void aVerificationPostedWithoutTheFormTokenIsRefused() {
        try (Browser browser = new Browser("en")) {
            ChromeDriver driver = browser.driver();
            browser.signIn(integrity.resolve("/app"), "regulator", "integrity-token");
            assertEquals(1, driver.findElements(By.cssSelector("a[href='/app/integrity']")).size());
            Object status = driver.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch('/app/integrity/verifications', {method: 'POST'}).then(r => done(r.status));
                    """);
            assertEquals(403L, status);
        }
    }

    /** The first visit offers the served key, with the key id and the fingerprint computed in the browser. */
    private static void pinTheServedKey(Browser browser, String keyId) {
        ChromeDriver driver = browser.driver();
        WebElement offer = driver.findElement(By.id("pin-offer"));
        until(driver, ExpectedConditions.visibilityOf(offer));
        assertEquals(keyId, driver.findElement(By.id("offered-key-id")).getText());
        assertTrue(driver.findElement(By.id("offered-fingerprint")).getText().startsWith("SHA256:"));
        assertEquals(List.of(), browser.seriousAccessibilityViolations());
        driver.findElement(By.id("pin-key")).click();
        until(driver, ExpectedConditions.visibilityOfElementLocated(By.id("verify-button")));
        assertTrue(driver.findElement(By.id("pinned-key")).getText().contains(keyId));
    }

    /** Makes the browser remember a checkpoint of another log, one smaller than the log served now. */
    private static void rememberAnotherLog(ChromeDriver driver) {
        driver.executeScript("""
                const seen = JSON.parse(localStorage.getItem('traffic-light.seen-checkpoint'));
                const rootHash = (seen.rootHash[0] === '0' ? '1' : '0') + seen.rootHash.slice(1);
                localStorage.setItem('traffic-light.seen-checkpoint',
                    JSON.stringify({treeSize: seen.treeSize - 1, rootHash}));
                """);
    }

    /** Pins, in the browser, a key that is not the service's, as if the service's key had been swapped since. */
    private static void pinAnotherKey(ChromeDriver driver) {
        PublicKey other = Ed25519Keys.generate().getPublic();
        driver.executeScript("localStorage.setItem('traffic-light.pinned-key', JSON.stringify({keyId: arguments[0], "
                + "der: arguments[1]}));", HashText.encode(Ed25519Keys.keyId(other)),
                Base64.getEncoder().encodeToString(other.getEncoded()));
    }

    private static <T> void until(ChromeDriver driver, org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        try {
            new WebDriverWait(driver, WITHIN).until(condition);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("the page shows: " + driver.findElement(By.tagName("main")).getText(), e);
        }
    }

    private static long seqOf(String decisionId) {
        return Api.as(Tokens.regulator()).get("/v1/decisions/" + decisionId + "/proof").then().statusCode(200).extract()
                .jsonPath().getLong("seq");
    }

    private static String classify(String reference) {
        return Api.as(Tokens.lender("integrity-lender")).contentType("application/json")
                .body(Descriptors.solarPark().put("reference", reference).toString())
                .post("/v1/classifications").then().statusCode(201).extract().path("decisionId");
    }
}
