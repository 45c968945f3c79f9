package org.brigreen.trafficlight.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium, driven through Debian's chromedriver, for the browser tests: open a page in a language, run
 * axe-core on it, and keep a screenshot of it under {@code target/screenshots/}.
 */
final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final int MAX_SCREENSHOT_HEIGHT = 8000;
    /** What the window takes above the page, in pixels. */
    private static final int CHROME_HEIGHT = 100;
    private static final String AXE = read("/browser/axe-4.14.1.min.js");

    private final ChromeDriver driver;

    /** A browser whose language is {@code language} ({@code en} or {@code zh}), as its Accept-Language says. */
    Browser(String language) {
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1024",
                        "--lang=" + language)
                .setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    ChromeDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
    }

    /**
     * Opens {@code page}, a page that needs sign-in, and signs in at the tests' identity provider (its sign-in page
     * first, checked for accessibility like every page) as {@code role} of {@code org}; the browser is then on
     * {@code page}.
     */
    void signIn(URI page, String role, String org) {
        driver.get(page.toString());
        List<String> violations = seriousAccessibilityViolations();
        if (!violations.isEmpty()) {
            throw new AssertionError("the sign-in page: " + violations);
        }
        driver.findElement(By.cssSelector("input[name=role][value=" + role + "]")).click();
        WebElement organisation = driver.findElement(By.id("org"));
        organisation.clear();
        organisation.sendKeys(org);
        clickToLoad(driver.findElement(By.cssSelector("button[type=submit]")));
    }

    /** The violations of serious or critical impact axe-core finds on the page, each as "id: help (n nodes)". */
    @SuppressWarnings("unchecked")
    List<String> seriousAccessibilityViolations() {
        JavascriptExecutor script = driver;
        script.executeScript(AXE);
        Object result = script.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                   .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                                                            nodes: v.nodes.length}))))
                   .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: 0}]));
                """);
        List<String> serious = new ArrayList<>();
        for (Map<String, Object> violation : (List<Map<String, Object>>) result) {
            Object impact = violation.get("impact");
            if ("serious".equals(impact) || "critical".equals(impact)) {
                serious.add(violation.get("id") + ": " + violation.get("help") + " (" + violation.get("nodes")
                        + " nodes)");
            }
        }
        return serious;
    }

    /** Keeps a screenshot of the page as {@code target/screenshots/<name>.png}. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            // The whole page, not only what the window shows: the window is made as tall as the page for the shot.
            Dimension window = driver.manage().window().getSize();
            long height = (Long) driver.executeScript("return document.documentElement.scrollHeight;");
            driver.manage().window().setSize(new Dimension(window.getWidth(),
                    (int) Math.min(MAX_SCREENSHOT_HEIGHT, Math.max(window.getHeight(), height + CHROME_HEIGHT))));
            try {
                Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            } finally {
                driver.manage().window().setSize(window);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Prints the page as the browser's "Save as PDF" would, to {@code target/screenshots/<name>.pdf}. */
    Path printToPdf(String name) {
        Map<String, Object> pdf = driver.executeCdpCommand("Page.printToPDF", Map.of("preferCSSPageSize", true));
        try {
            Files.createDirectories(SCREENSHOTS);
            return Files.write(SCREENSHOTS.resolve(name + ".pdf"), Base64.getDecoder().decode((String) pdf.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Clicks what loads another page (a link, a form's button), and waits until the browser has left this one. */
    void clickToLoad(WebElement element) {
        driver.executeScript("document.documentElement.dataset.leaving = 'yes'");
        element.click();
        // The next page carries no such mark. Between the two pages the driver may answer any command with an error
        // (Chromium's "node does not belong to the document" among them), which only means the old page is going.
        new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(WebDriverException.class)
                .until(browser -> Boolean.TRUE.equals(driver.executeScript("return document.readyState === 'complete'"
                        + " && document.documentElement.dataset.leaving === undefined")));
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static String read(String resource) {
        try (InputStream in = Browser.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
