package org.brigreen.trafficlight.web;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The front page, opened in headless Chromium, in each language, and switched from one to the other. */
@QuarkusTest
class HomePageBrowserTest {

    @TestHTTPResource("/")
    URI home;

    @Test
    void anEnglishBrowserGetsTheFrontPageInEnglishWithTheRulesInEffectAndNoSeriousAccessibilityProblem() {
        try (Browser browser = new Browser("en")) {
            browser.open(home.toString());
            assertEquals("en", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
            assertEquals("Environmental risk of overseas investment projects, classified red, amber or green",
                    browser.driver().findElement(By.tagName("h1")).getText());
            List<String> classes = browser.driver().findElements(By.className("light")).stream()
                    .map(light -> light.getText()).toList();
            assertEquals(List.of("Red", "Amber", "Green"), classes, "each class is written, not only coloured");
            assertTrue(browser.driver().findElement(By.className("digest")).getText().matches("sha256:[0-9a-f]{64}"));
            assertEquals(List.of(), browser.seriousAccessibilityViolations());
            browser.screenshot("home-en");
        }
    }

    @Test
    void aChineseBrowserGetsItInChineseAndTheSwitchIsRemembered() {
        try (Browser browser = new Browser("zh")) {
            browser.open(home.toString());
            assertEquals("zh", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
            assertEquals("境外投资项目环境风险分类：红色、黄色、绿色",
                    browser.driver().findElement(By.tagName("h1")).getText());
            assertEquals(List.of(), browser.seriousAccessibilityViolations());
            browser.screenshot("home-zh");

            browser.driver().findElement(By.linkText("English")).click();
            assertEquals("en", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
            Cookie remembered = browser.driver().manage().getCookieNamed(PageLanguage.PARAMETER);
            assertEquals("en", remembered.getValue());
            assertTrue(remembered.isHttpOnly());
            browser.open(home.toString());
            assertEquals("en", browser.driver().findElement(By.tagName("html")).getAttribute("lang"),
                    "the choice outlasts the browser's own language");
        }
    }
}
