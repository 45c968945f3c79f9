package org.brigreen.trafficlight.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.brigreen.trafficlight.classification.Descriptors;
import org.brigreen.trafficlight.security.Api;
import org.brigreen.trafficlight.security.Tokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A regulator's console in headless Chromium, in each language: the log of every organisation filtered by
 * organisation, class, exclusion and country through the form, its count, its pages, a refused field shown in the
 * form, and the download of what is shown.
 */
@QuarkusTest
class LogFilterBrowserTest {

    /** One more than a page holds: the filtered log has a second page. */
    private static final int SOLAR_PARKS = DecisionPagesResource.PAGE_SIZE + 1;

    @TestHTTPResource("/app/decisions")
    URI decisions;

    @ParameterizedTest
    @CsvSource({"en, This is not an ISO 3166-1 country code.", "zh, 这不是 ISO 3166-1 国家代码。"})
    void aRegulatorFiltersTheLogPagesThroughItAndDownloadsWhatItShows(String language, String countryRefused) {
        String org = "console-" + language + "-" + UUID.randomUUID().toString().substring(0, 8);
        String coal = recordDecisions(org);
        try (Browser browser = new Browser(language)) {
            ChromeDriver driver = browser.driver();
            browser.signIn(decisions, "regulator", "console-regulator");
            assertTrue(driver.findElement(By.id("filter-org")).isDisplayed(), "a regulator filters by organisation");

            filter(browser, org, "", "", "");
            assertEquals(SOLAR_PARKS + 1L, matching(driver));
            assertEquals(DecisionPagesResource.PAGE_SIZE, organisations(driver).size());
            assertEquals(List.of(), browser.seriousAccessibilityViolations());
            browser.screenshot("console-log-" + language);
            browser.clickToLoad(driver.findElement(By.cssSelector(".paging a[rel=next]")));
            assertEquals(SOLAR_PARKS + 1 - DecisionPagesResource.PAGE_SIZE, organisations(driver).size());
            assertTrue(organisations(driver).stream().allMatch(org::equals), "every row of the organisation");

            filter(browser, org, "red", "true", "");
            assertEquals(1L, matching(driver));
            assertTrue(driver.findElement(By.cssSelector(".decisions tbody a.certificate-link")).getAttribute("href")
                    .endsWith("/app/decisions/" + coal));
            assertEquals("red", new Select(driver.findElement(By.id("filter-class"))).getFirstSelectedOption()
                    .getAttribute("value"), "the form shows the filter it applied");
            List<String> csv = download(driver);
            assertEquals(2, csv.size(), String.join("\n", csv));
            assertTrue(csv.get(1).contains(coal) && csv.get(1).contains(",red,true,coal_power,"), csv.get(1));

            filter(browser, org, "", "", "KE");
            assertEquals((long) SOLAR_PARKS, matching(driver));

            filter(browser, org, "", "", "K1");
            WebElement country = driver.findElement(By.id("filter-country"));
            assertEquals("true", country.getAttribute("aria-invalid"));
            assertEquals(countryRefused, driver.findElement(By.id("filter-country-problem")).getText());
            assertEquals(List.of(), browser.seriousAccessibilityViolations());
            browser.screenshot("console-log-refused-" + language);
        }
    }

    /** Fills the filter form (an empty value leaves the field as "any") and applies it. */
    private static void filter(Browser browser, String org, String light, String excluded, String country) {
        ChromeDriver driver = browser.driver();
        WebElement organisation = driver.findElement(By.id("filter-org"));
        organisation.clear();
        organisation.sendKeys(org);
        new Select(driver.findElement(By.id("filter-class"))).selectByValue(light);
        new Select(driver.findElement(By.id("filter-excluded"))).selectByValue(excluded);
        WebElement countryField = driver.findElement(By.id("filter-country"));
        countryField.clear();
        countryField.sendKeys(country);
        browser.clickToLoad(driver.findElement(By.cssSelector("form.filter button[type=submit]")));
    }

    /** The count the page gives of the decisions that match. */
    private static long matching(ChromeDriver driver) {
        return Long.parseLong(driver.findElement(By.className("matching")).getText().replaceAll("\\D", ""));
    }

    private static List<String> organisations(ChromeDriver driver) {
        return driver.findElements(By.cssSelector(".decisions tbody tr td:nth-child(7)")).stream()
                .map(WebElement::getText).toList();
    }

    /** The lines of the CSV download the page links to, fetched by the browser with its session. */
    private static List<String> download(ChromeDriver driver) {
        String href = driver.findElement(By.className("download-csv")).getAttribute("href");
        Object text = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => r.text()).then(done, e => done('failed: ' + e));", href);
        return ((String) text).lines().toList();
    }

    /**
     * The organisation's decisions: solar parks in Kenya, green, and one coal plant in Indonesia, red and excluded; and
     * a solar park of another organisation, which the organisation filter leaves out.
     */
    private static String recordDecisions(String org) {
        for (int i = 0; i < SOLAR_PARKS; i++) {
            classify(org, Descriptors.solarPark().put("reference", "KE-SOLAR-" + i).put("country", "KE"));
        }
        classify(org + "-other", Descriptors.solarPark().put("country", "KE"));
        return classify(org, Descriptors.solarPark().put("reference", "ID-COAL-1").put("country", "ID")
                .put("sector", "coal_power"));
    }

    private static String classify(String org, ObjectNode descriptor) {
        return Api.as(Tokens.lender(org)).contentType("application/json").body(descriptor.toString())
                .post("/v1/classifications").then().statusCode(201).extract().jsonPath().getString("decisionId");
    }
}
