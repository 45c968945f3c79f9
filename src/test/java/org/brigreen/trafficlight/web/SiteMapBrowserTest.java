package org.brigreen.trafficlight.web;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The self-check of a located project in headless Chromium: the site drawn on a map with the sample layers' features
 * near it, the computed facts overriding a wrong declaration, and a location the service refuses.
 */
@QuarkusTest
class SiteMapBrowserTest {

    private static final String RESERVE = "Sample Strict Nature Reserve";

    @TestHTTPResource("/app/self-check")
    URI selfCheck;

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh"})
    void aSolarPlantInsideTheStrictReserveIsRedAndTheMapShowsTheReserveAndTheDiscrepancy(String language) {
        try (Browser browser = new Browser(language)) {
            browser.signIn(selfCheck, "enterprise", "desert-sun-power");
            describe(browser, "SOLAR-IN-RESERVE", "solar_pv", "-1.05", "37.05");
            new Select(browser.driver().findElement(By.id("f-site-protectedArea"))).selectByValue("none");
            check(browser);

            assertEquals("red", browser.driver().findElement(By.cssSelector(".assessment .verdict .light"))
                    .getAttribute("class").replaceAll(".*light-", ""));
            WebElement map = browser.driver().findElement(By.id("site-map"));
            assertEquals("img", map.getAttribute("role"));
            assertEquals(1, map.findElements(By.cssSelector(".sitemap-feature[data-name='" + RESERVE + "'] path"))
                    .size(), "the reserve is drawn");
            assertEquals(1, map.findElements(By.cssSelector(".sitemap-site circle")).size() / 2, "the site is drawn");
            WebElement reserve = featureRow(browser, RESERVE);
            assertEquals("0.0 km", reserve.findElement(By.cssSelector(".feature-distance")).getText());
            WebElement discrepancy = browser.driver().findElement(By.id("sitemap-discrepancies"));
            assertTrue(discrepancy.getText().contains(RESERVE), discrepancy.getText());
            assertEquals(language.equals("zh") ? "无" : "None",
                    discrepancy.findElement(By.cssSelector("td.declared")).getText());
            assertTrue(browser.driver().findElement(By.cssSelector(".sitemap-notice")).getText()
                    .startsWith(language.equals("zh") ? "样例数据，不可用于决策" : "Sample data, not for decisions"));
            assertEquals(List.of(), browser.seriousAccessibilityViolations());
            browser.screenshot("sitemap-inside-" + language);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh"})
    void aRoadNineKilometresEastOfTheReserveShowsItsDistanceAndNoDiscrepancyWhenNoneIsDeclared(String language) {
        try (Browser browser = new Browser(language)) {
            browser.signIn(selfCheck, "enterprise", "desert-sun-power");
            describe(browser, "ROAD-EAST", "road", "-1.05", "37.181");
            check(browser);

            assertEquals("9.0 km", featureRow(browser, RESERVE).findElement(By.cssSelector(".feature-distance"))
                    .getText());
            assertTrue(browser.driver().findElements(By.id("sitemap-discrepancies")).isEmpty());
            assertTrue(browser.driver().findElement(By.id("sitemap-facts")).getText().contains("9.0"),
                    browser.driver().findElement(By.id("sitemap-facts")).getText());
            assertEquals(List.of(), browser.seriousAccessibilityViolations());
            browser.screenshot("sitemap-road-" + language);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh"})
    void aLatitudeOutsideTheGlobeIsRefusedNextToItsField(String language) {
        try (Browser browser = new Browser(language)) {
            browser.signIn(selfCheck, "enterprise", "desert-sun-power");
            describe(browser, "NOWHERE", "solar_pv", "95", "37.05");
            check(browser);

            assertTrue(browser.driver().findElement(By.id("f-site-latitude-error")).getText()
                    .contains("latitude 95.0 is outside -90 to 90 degrees"));
            assertEquals("true", browser.driver().findElement(By.id("f-site-latitude")).getAttribute("aria-invalid"));
            assertEquals("95", browser.driver().findElement(By.id("f-site-latitude")).getAttribute("value"),
                    "what was entered stays");
            assertTrue(browser.driver().findElements(By.id("f-site-longitude-error")).isEmpty());
            assertFalse(browser.driver().findElements(By.cssSelector(".answer")).size() > 0);
            assertEquals(List.of(), browser.seriousAccessibilityViolations());
            browser.screenshot("sitemap-refused-" + language);
        }
    }

    private static void describe(Browser browser, String reference, String sector, String latitude,
            String longitude) {
        browser.driver().findElement(By.id("f-reference")).sendKeys(reference);
        new Select(browser.driver().findElement(By.id("f-country"))).selectByValue("KE");
        new Select(browser.driver().findElement(By.id("f-sector"))).selectByValue(sector);
        new Select(browser.driver().findElement(By.id("f-stage"))).selectByValue("planned");
        browser.driver().findElement(By.id("f-site-latitude")).sendKeys(latitude);
        browser.driver().findElement(By.id("f-site-longitude")).sendKeys(longitude);
    }

    private static void check(Browser browser) {
        browser.clickToLoad(browser.driver().findElement(By.cssSelector("form.self-check button[type=submit]")));
    }

    private static WebElement featureRow(Browser browser, String name) {
        return browser.driver().findElements(By.cssSelector("#sitemap-features tbody tr")).stream()
                .filter(row -> row.getText().contains(name)).findFirst()
                .orElseThrow(() -> new AssertionError(browser.driver().findElement(By.id("sitemap-features"))
                        .getText()));
    }
}
