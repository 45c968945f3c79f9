package org.brigreen.trafficlight.web;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.brigreen.trafficlight.appeal.Appeals;
import org.brigreen.trafficlight.security.Api;
import org.brigreen.trafficlight.security.Tokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Appeals in headless Chromium, in each language: an enterprise appeals two of its decisions from their pages (a
 * refused filing shown beside its field, a filing sent twice one appeal); a regulator upholds the first, and lands on
 * the new decision, which links to the one it supersedes, and dismisses the second with reasons, which the enterprise
 * then reads; and the regulator finds both decisions of the first appeal in the log by supersession.
 */
@QuarkusTest
class AppealsBrowserTest {

    private static final String REASONS = "The corrected EIA status does not match the register.";

    @TestHTTPResource("/app/decisions")
    URI decisions;

    @TestHTTPResource("/app/appeals")
    URI appeals;

    @ParameterizedTest
    @CsvSource({"en, Pending, Dismissed, Upheld",
        "zh, 待裁决, 已驳回, 已支持"})
    void anEnterpriseAppealsARegulatorUpholdsOneAndDismissesTheOther(String language, String pending,
            String dismissed, String upheld) {
        String org = "appeals-" + language + "-" + UUID.randomUUID().toString().substring(0, 8);
        String enterpriseToken = Tokens.enterprise(org);
        String upheldRef = "APPEAL-UP-" + org;
        String dismissedRef = "APPEAL-DISMISS-" + org;
        String first = Appeals.amberDecision(enterpriseToken, upheldRef);
        String second = Appeals.amberDecision(enterpriseToken, dismissedRef);

        try (Browser enterprise = new Browser(language); Browser regulator = new Browser(language)) {
            ChromeDriver driver = enterprise.driver();
            enterprise.signIn(decisionPage(first), "enterprise", org);
            assertEquals(1, driver.findElements(By.className("no-appeals")).size());
            assertEquals(List.of(), enterprise.seriousAccessibilityViolations());
            enterprise.screenshot("appeal-form-" + language);

            fileAppeal(enterprise, "", Appeals.correctedDescriptor(upheldRef).toString());
            WebElement statement = driver.findElement(By.id("appeal-statement"));
            assertEquals("true", statement.getAttribute("aria-invalid"), "refused beside its field");
            assertTrue(driver.findElement(By.id("appeal-statement-problem")).getText().contains("must not be blank"));
            assertEquals(List.of(), enterprise.seriousAccessibilityViolations());
            enterprise.screenshot("appeal-refused-" + language);

            String sent = formData(driver);
            fileAppeal(enterprise, "The EIA was approved before the request.", null);
            assertEquals(decisionPage(first).getPath(), URI.create(driver.getCurrentUrl()).getPath());
            assertEquals(List.of(pending), states(driver));
            Object again = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + "fetch('/app/appeals/filed', {method: 'POST', body: new URLSearchParams(arguments[0])})"
                    + ".then(r => done(r.status), e => done('failed: ' + e));", refilled(sent));
            assertEquals(200L, again, "the same filing sent again is the appeal filed, after the redirect");
            driver.navigate().refresh();
            assertEquals(List.of(pending), states(driver), "one appeal, not two");
            assertEquals(0, driver.findElements(By.className("appeal-form")).size(), "one pending appeal at a time");
            assertEquals(List.of(), enterprise.seriousAccessibilityViolations());
            enterprise.screenshot("appeal-filed-" + language);

            driver.get(decisionPage(second).toString());
            fileAppeal(enterprise, "The EIA was approved too.", Appeals.correctedDescriptor(dismissedRef).toString());
            assertEquals(List.of(pending), states(driver));

            String firstAppeal = appealOf(enterpriseToken, first);
            String secondAppeal = appealOf(enterpriseToken, second);
            ChromeDriver console = regulator.driver();
            regulator.signIn(appeals, "regulator", "appeals-regulator");
            assertEquals(pending, appeal(console, firstAppeal).findElement(By.className("appeal-state")).getText());
            assertEquals(List.of(), regulator.seriousAccessibilityViolations());
            regulator.screenshot("appeals-regulator-" + language);

            rule(regulator, secondAppeal, "dismissed", "");
            assertEquals("true", console.findElement(By.id("reasons-" + secondAppeal)).getAttribute("aria-invalid"));
            assertTrue(console.findElement(By.id("reasons-" + secondAppeal + "-problem")).getText()
                    .contains("must not be blank"));
            assertEquals(List.of(), regulator.seriousAccessibilityViolations());
            regulator.screenshot("appeals-ruling-refused-" + language);

            rule(regulator, firstAppeal, "upheld", "The approval letter predates the request.");
            String made = console.getCurrentUrl().replaceFirst(".*/", "");
            assertEquals(made, Api.as(enterpriseToken).get("/v1/appeals/" + firstAppeal).jsonPath()
                    .getString("newDecisionId"), "the new decision opens");
            assertEquals(decisionPage(first).getPath(),
                    URI.create(console.findElement(By.className("superseded-link")).getAttribute("href")).getPath());
            assertTrue(console.findElement(By.cssSelector(".verdict .light-green")).isDisplayed());
            assertEquals(List.of(), regulator.seriousAccessibilityViolations());
            regulator.screenshot("appeal-new-decision-" + language);
            load(regulator, console.findElement(By.className("superseded-link")));
            assertEquals(List.of(upheld), states(console));
            assertTrue(console.findElement(By.className("new-decision-link")).getAttribute("href").endsWith(made));
            assertEquals(List.of(), regulator.seriousAccessibilityViolations());
            regulator.screenshot("appeal-upheld-" + language);

            console.get(appeals.toString());
            rule(regulator, secondAppeal, "dismissed", REASONS);
            assertEquals(dismissed, appeal(console, secondAppeal).findElement(By.className("appeal-state")).getText());

            driver.get(appeals.toString());
            WebElement seen = appeal(driver, secondAppeal);
            assertEquals(dismissed, seen.findElement(By.className("appeal-state")).getText());
            assertEquals(REASONS, seen.findElement(By.className("ruling-reasons")).getText());
            assertEquals(2, driver.findElements(By.cssSelector("article.appeal")).size(), "its own appeals only");
            assertEquals(0, driver.findElements(By.cssSelector("form.ruling")).size(), "an enterprise does not rule");
            assertEquals(List.of(), enterprise.seriousAccessibilityViolations());
            enterprise.screenshot("appeals-enterprise-" + language);

            assertEquals(List.of(first), logBySupersession(regulator, org, "true"));
            assertEquals(List.of(made, second), logBySupersession(regulator, org, "false"));
            assertEquals(List.of(), regulator.seriousAccessibilityViolations());
        }
    }

    /**
     * Clicks what loads another page and waits until the browser has left this one; as {@link Browser#clickToLoad},
     * but asking again when chromedriver, asked about the page while it is being left, answers with an error of its
     * own rather than that the page is gone.
     */
    private static void load(Browser browser, WebElement element) {
        ChromeDriver driver = browser.driver();
        WebElement page = driver.findElement(By.tagName("html"));
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(WebDriverException.class)
                .until(ExpectedConditions.stalenessOf(page));
    }

    private URI decisionPage(String id) {
        return decisions.resolve("/app/decisions/" + id);
    }

    /** Types the statement and, unless null, replaces the corrected facts, then sends the form. */
    private static void fileAppeal(Browser browser, String statement, String descriptor) {
        ChromeDriver driver = browser.driver();
        WebElement text = driver.findElement(By.id("appeal-statement"));
        text.clear();
        text.sendKeys(statement);
        if (descriptor != null) {
            // Set as a whole: typed key by key, the browser would take minutes over a descriptor.
            driver.executeScript("arguments[0].value = arguments[1];", driver.findElement(By.id("appeal-descriptor")),
                    descriptor);
        }
        load(browser, driver.findElement(By.cssSelector("form.appeal-form button[type=submit]")));
    }

    /** The filing form's fields, as the browser would send them. */
    private static String formData(ChromeDriver driver) {
        return (String) driver.executeScript("return new URLSearchParams(new FormData("
                + "document.querySelector('form.appeal-form'))).toString();");
    }

    /** The form data with the statement the filing was then made with. */
    private static String refilled(String sent) {
        return sent.replaceFirst("statement=[^&]*", "statement=The+EIA+was+approved+before+the+request.");
    }

    private static List<String> states(ChromeDriver driver) {
        return driver.findElements(By.cssSelector(".appeals .appeal-state")).stream().map(WebElement::getText)
                .toList();
    }

    private static WebElement appeal(ChromeDriver driver, String appealId) {
        return driver.findElement(By.id("appeal-" + appealId));
    }

    private static void rule(Browser browser, String appealId, String outcome, String reasons) {
        ChromeDriver driver = browser.driver();
        WebElement form = driver.findElement(By.cssSelector("form[action='/app/appeals/" + appealId + "/ruling']"));
        form.findElement(By.cssSelector("input[name=outcome][value=" + outcome + "]")).click();
        WebElement text = form.findElement(By.name("reasons"));
        text.clear();
        text.sendKeys(reasons);
        load(browser, form.findElement(By.cssSelector("button[type=submit]")));
    }

    private static String appealOf(String token, String decisionId) {
        return Api.as(token).get("/v1/decisions/" + decisionId + "/appeals").jsonPath().getString("items[0].appealId");
    }

    /** The decisions of the organisation the log's filter finds as superseded after an appeal or not, newest first. */
    private List<String> logBySupersession(Browser browser, String org, String superseded) {
        ChromeDriver driver = browser.driver();
        driver.get(decisions.toString());
        driver.findElement(By.id("filter-org")).sendKeys(org);
        new Select(driver.findElement(By.id("filter-superseded"))).selectByValue(superseded);
        load(browser, driver.findElement(By.cssSelector("form.filter button[type=submit]")));
        return driver.findElements(By.cssSelector(".decisions tbody a.certificate-link")).stream()
                .map(link -> link.getAttribute("href").replaceFirst(".*/", "")).toList();
    }
}
