package org.brigreen.trafficlight.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.brigreen.trafficlight.report.ReportLog;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The regulator's reports page in headless Chromium, in each language: reached from the workspace; the decisions of a
 * period by organisation as a chart and a table of the same figures, equal to what the test logged; the trend by
 * month; the annual report; the excluded projects; each downloaded as CSV; a refused year shown in the form.
 */
@QuarkusTest
class ReportsBrowserTest {

    @TestHTTPResource("/app")
    URI workspace;

    @ParameterizedTest
    @CsvSource({"en, Give a year from 2000 to 9998., Annual report", "zh, 请填写 2000 至 9998 之间的年份。, 年度报告"})
    void aRegulatorProducesEachReportAndItsCsv(String language, String yearRefused, String annualHeading) {
        String org = "reports-page-" + language + "-" + UUID.randomUUID().toString().substring(0, 8);
        List<ReportLog.Logged> logged = ReportLog.screen(org);
        long red = logged.stream().filter(decision -> decision.trafficLight().equals("red")).count();
        long excluded = logged.stream().filter(ReportLog.Logged::excluded).count();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        try (Browser browser = new Browser(language)) {
            ChromeDriver driver = browser.driver();
            browser.signIn(workspace, "regulator", "reports-regulator");
            browser.clickToLoad(driver.findElement(By.cssSelector("a[href='/app/reports']")));
            assertEquals(List.of(), browser.seriousAccessibilityViolations());
            assertTrue(driver.findElement(By.id("counts-chart")).isDisplayed(), "the chart of the whole log");

            browser.open(workspace + "/reports?from=" + today);
            new Select(driver.findElement(By.id("reports-by"))).selectByValue("organisation");
            browser.clickToLoad(driver.findElement(By.cssSelector("form.filter button[type=submit]")));
            WebElement row = driver.findElement(By.xpath("//section[@aria-labelledby='counts-heading']"
                    + "//tbody/tr[th='" + org + "']"));
            List<String> cells = row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
            assertEquals(List.of(Long.toString(red), Long.toString(logged.size())), List.of(cells.get(0),
                    cells.get(3)), "red and total of the organisation");
            assertTrue(driver.findElement(By.cssSelector("#counts-chart title")).getAttribute("textContent")
                    .length() > 3, "the chart has a title");
            assertEquals(driver.findElements(By.cssSelector("#counts-chart g")).size(),
                    driver.findElements(By.cssSelector("section[aria-labelledby=counts-heading] tbody tr")).size(),
                    "a bar for each row of the table");
            assertEquals(1, driver.findElements(By.cssSelector("#trend-chart g")).size(), "one month");
            assertTrue(driver.findElement(By.id("annual-heading")).getText().contains(annualHeading));
            assertTrue(driver.findElements(By.cssSelector("#excluded tbody tr")).size() > 0
                    || excluded == 0, "the excluded projects of the period");
            assertEquals(List.of(), browser.seriousAccessibilityViolations());
            browser.screenshot("reports-" + language);

            List<String> decisions = download(driver, "/app/reports/decisions.csv");
            assertEquals("key,red,amber,green,total", decisions.get(0));
            assertTrue(decisions.stream().anyMatch(line -> line.startsWith(org + "," + red + ",")
                    && line.endsWith("," + logged.size())), String.join("\n", decisions));
            assertEquals("key,red,amber,green,total", download(driver, "/app/reports/months.csv").get(0));
            List<String> annual = download(driver, "/app/reports/annual.csv");
            assertEquals("section,key,red,amber,green,total", annual.get(0));
            assertTrue(annual.get(annual.size() - 1).startsWith("excluded,"), annual.toString());
            List<String> excludedCsv = download(driver, "/app/reports/excluded.csv");
            assertEquals("reference,org,sector,country,decided_at,decision_id,ruleset_id,ruleset_version",
                    excludedCsv.get(0));
            assertEquals(excluded, excludedCsv.stream().filter(line -> line.contains("," + org + ",")).count());

            // The browser itself refuses 1999 in the form (min 2000): the page is asked for it as a link would.
            browser.open(workspace + "/reports?by=organisation&year=1999&from=" + today);
            assertEquals("true", driver.findElement(By.id("reports-year")).getAttribute("aria-invalid"));
            assertEquals(yearRefused, driver.findElement(By.id("reports-year-problem")).getText());
            assertEquals(List.of(), browser.seriousAccessibilityViolations());
            browser.screenshot("reports-refused-" + language);
        }
    }

    /** The lines of a CSV download the page links to, fetched by the browser with its session. */
    private static List<String> download(ChromeDriver driver, String path) {
        String href = driver.findElements(By.cssSelector("a.download")).stream().map(link -> link.getAttribute("href"))
                .filter(link -> URI.create(link).getPath().equals(path)).findFirst().orElseThrow();
        Object text = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => r.text()).then(done, e => done('failed: ' + e));", href);
        return ((String) text).lines().toList();
    }
}
