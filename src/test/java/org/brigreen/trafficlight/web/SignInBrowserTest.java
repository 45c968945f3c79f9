package org.brigreen.trafficlight.web;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Signing in to the pages and out again, in headless Chromium, at the tests' OpenID Connect provider. */
@QuarkusTest
class SignInBrowserTest {

    @TestHTTPResource("/app")
    URI pages;

    @Test
    void aLenderSignsInSeesTheirPagesInEnglishAndSignsOut() {
        try (Browser browser = new Browser("en")) {
            browser.signIn(pages, "lender", "first-lender-bank");
            assertEquals("Your pages", browser.driver().findElement(By.tagName("h1")).getText());
            assertEquals("You are signed in as dev-lender-first-lender-bank, a lender of first-lender-bank.",
                    browser.driver().findElement(By.className("lead")).getText());
            List<String> tasks = browser.driver().findElements(By.cssSelector(".tasks a")).stream()
                    .map(link -> link.getAttribute("href").replaceFirst("^https?://[^/]+", "")).toList();
            assertEquals(List.of("/app/self-check", "/app/portfolio", "/app/decisions", "/app/appeals"), tasks);
            Cookie session = browser.driver().manage().getCookieNamed("q_session");
            assertTrue(session.isHttpOnly() && session.isSecure(), "the session cookie: " + session);
            assertEquals(List.of(), browser.seriousAccessibilityViolations());
            browser.screenshot("workspace-en");

            browser.driver().findElement(By.linkText("Sign out")).click();
            assertEquals(pages.resolve("/").toString(), browser.driver().getCurrentUrl());
            assertNull(browser.driver().manage().getCookieNamed("q_session"));
            assertEquals("Sign in", browser.driver().findElement(By.cssSelector(".account a")).getText());
        }
    }

    @Test
    void anEnterpriseSignsInAndSeesTheirPagesInChinese() {
        try (Browser browser = new Browser("zh")) {
            browser.signIn(pages, "enterprise", "丝路能源");
            assertEquals("我的页面", browser.driver().findElement(By.tagName("h1")).getText());
            assertEquals("您以dev-enterprise-丝路能源的身份登录，丝路能源的企业。",
                    browser.driver().findElement(By.className("lead")).getText());
            List<String> tasks = browser.driver().findElements(By.cssSelector(".tasks a")).stream()
                    .map(link -> link.getAttribute("href").replaceFirst("^https?://[^/]+", "")).toList();
            assertEquals(List.of("/app/self-check", "/app/decisions", "/app/appeals"), tasks,
                    "an enterprise screens no portfolio");
            assertEquals(List.of(), browser.seriousAccessibilityViolations());
            browser.screenshot("workspace-zh");
        }
    }
}
