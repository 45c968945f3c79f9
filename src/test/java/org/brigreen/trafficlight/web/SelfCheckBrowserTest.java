package org.brigreen.trafficlight.web;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.List;
import org.brigreen.trafficlight.security.Api;
import org.brigreen.trafficlight.security.Tokens;
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

    /** What the flow expects to read, in one language. */
    private record Words(String language, String heading, String amber, String green, String notice, String whatIf,
            String wouldBeGreen, String banner, String certificate) {
    }

    private static final Words ENGLISH = new Words("en", "Self-check a project", "Amber", "Green",
            "An evaluation, not a decision: nothing was recorded",
            "If EIA status were Approved instead of In progress", "the class would be Green",
            "Evaluated, not recorded", "Screening certificate");
    private static final Words CHINESE = new Words("zh", "项目自查", "黄色", "绿色", "这是评估，不是决定：未作任何记录",
            "如果环评状态为“已获批复”而不是“正在进行”", "分类将为 绿色", "此为评估，未作记录", "筛查证书");

    @Test
    void aSelfCheckComesOutAmberARemedyTriedGivesGreenAndTheDecisionIsRecorded() {
        selfCheckTryARemedyAndRecord(ENGLISH);
    }

    @Test
    void theSameInChinese() {
        selfCheckTryARemedyAndRecord(CHINESE);
    }

    private void selfCheckTryARemedyAndRecord(Words words) {
        try (Browser browser = new Browser(words.language())) {
            browser.signIn(selfCheck, "enterprise", "desert-sun-power");
            assertEquals(words.heading(), browser.driver().findElement(By.tagName("h1")).getText());
            assertEquals(List.of(), browser.seriousAccessibilityViolations());
            browser.screenshot("self-check-form-" + words.language());

            describeTheDesertSolarPlantBeforeItsEiaIsApproved(browser);
            browser.clickToLoad(browser.driver().findElement(By.cssSelector("form.self-check button[type=submit]")));
            assertEquals(words.amber(), text(browser, ".assessment .verdict .light"));
            assertTrue(text(browser, "#notice").startsWith(words.notice()), text(browser, "#notice"));
            assertEquals(List.of(), browser.seriousAccessibilityViolations());
            browser.screenshot("self-check-answer-" + words.language());

            WebElement approval = browser.driver().findElements(By.cssSelector(".what-if")).stream()
                    .filter(whatIf -> whatIf.getText().contains(words.whatIf()))
                    .findFirst().orElseThrow(() -> new AssertionError(text(browser, ".what-ifs")));
            assertTrue(approval.getText().contains(words.wouldBeGreen()), approval.getText());
            browser.clickToLoad(approval.findElement(By.tagName("button")));
            assertEquals(words.green(), text(browser, ".assessment .verdict .light"));
            assertTrue(text(browser, ".banner").contains(words.banner()), text(browser, ".banner"));
            assertEquals("approved", new Select(browser.driver().findElement(By.id("f-eia-status")))
                    .getFirstSelectedOption().getAttribute("value"), "the form shows the description tried");
            assertEquals(List.of(), browser.seriousAccessibilityViolations());
            browser.screenshot("self-check-what-if-" + words.language());

            browser.clickToLoad(browser.driver().findElement(By.cssSelector("form.record button")));
            String url = browser.driver().getCurrentUrl();
            assertTrue(url.matches(".*/app/decisions/[0-9a-f-]{36}"), url);
            String id = url.replaceFirst(".*/", "");
            assertEquals(words.certificate(), browser.driver().findElement(By.tagName("h1")).getText());
            assertEquals(id, text(browser, ".decision-id"));
            assertEquals(words.green(), text(browser, ".assessment .verdict .light"), "the decision recorded is the one tried");
            assertEquals("green", Api.as(Tokens.enterprise("desert-sun-power")).get("/v1/decisions/" + id).jsonPath()
                    .getString("class"));
            assertTrue(browser.driver().findElement(By.cssSelector("button.print")).isDisplayed());
            assertEquals(List.of(), browser.seriousAccessibilityViolations());
            browser.screenshot("self-check-certificate-" + words.language());
            assertTrue(browser.printToPdf("self-check-certificate-" + words.language()).toFile().length() > 1000);
        }
    }

    @Test
    void whatTheServiceWouldRefuseIsShownNextToTheFieldInTheApisWords() {
        try (Browser browser = new Browser("zh")) {
            browser.signIn(selfCheck, "lender", "silk-road-bank");
            new Select(browser.driver().findElement(By.id("f-country"))).selectByValue("KZ");
            browser.clickToLoad(browser.driver().findElement(By.cssSelector("form.self-check button[type=submit]")));
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
