package org.brigreen.trafficlight.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.brigreen.trafficlight.batch.BatchLines;
import org.brigreen.trafficlight.classification.ProjectTable;
import org.brigreen.trafficlight.classification.ProjectTable.Project;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A lender screens a 1,000-line portfolio with one bad line in headless Chromium, in both languages: the progress, the
 * table with its filters and sorting, the charts, the downloads, and the movement matrix under another version.
 */
@QuarkusTest
class PortfolioBrowserTest {

    private static final int LINES = 1000;
    /** The one line whose country is no country: the header is line 1, so this is the 500th descriptor. */
    private static final int BAD_LINE = 501;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/app/portfolio")
    URI page;

    @Test
    void aLenderScreensAPortfolioInEnglish() throws IOException {
        screen("en", "Screen a portfolio", "1,000 of 1,000 lines decided", "Refused", "must be an ISO 3166-1");
    }

    @Test
    void aLenderScreensAPortfolioInChinese() throws IOException {
        screen("zh", "组合筛查", "已决定 1,000 / 1,000 行", "被拒绝", "must be an ISO 3166-1");
    }

    private void screen(String language, String heading, String progressDone, String refusedWord, String problem)
            throws IOException {
        Portfolio portfolio = Portfolio.generate(LINES);
        Path file = Files.createTempFile("portfolio-", ".csv");
        Files.writeString(file, portfolio.csv(), StandardCharsets.UTF_8);
        try (Browser browser = new Browser(language)) {
            browser.signIn(page, "lender", "portfolio-browser-" + language);
            assertEquals(heading, text(browser, By.tagName("h1")));
            assertEquals(List.of(), browser.seriousAccessibilityViolations(), "the empty page");

            browser.driver().findElement(By.id("portfolio-file")).sendKeys(file.toAbsolutePath().toString());
            browser.driver().findElement(By.id("screen-button")).click();
            assertEquals(List.of(), browser.seriousAccessibilityViolations(), "the page while it screens");
            await(browser, "return document.getElementById('results').dataset.ready === 'true'");

            WebElement progress = browser.driver().findElement(By.id("progress"));
            assertEquals(String.valueOf(LINES), progress.getDomProperty("max"));
            assertEquals(String.valueOf(LINES), progress.getDomProperty("value"));
            assertEquals(progressDone, text(browser, By.id("progress-text")));

            checkTheCharts(browser, portfolio);
            assertEquals(List.of(), browser.seriousAccessibilityViolations(), "the results");
            browser.screenshot("portfolio-" + language);
            checkTheTable(browser, portfolio, refusedWord, problem);
            checkTheDownloads(browser, portfolio);
            checkTheMatrix(browser, portfolio);
            assertEquals(List.of(), browser.seriousAccessibilityViolations(), "the matrix");
            browser.screenshot("portfolio-matrix-" + language);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void checkTheCharts(Browser browser, Portfolio portfolio) {
        List<String> byClass = texts(browser, By.cssSelector("#chart-class .bar-count"));
        assertEquals(List.of(String.valueOf(portfolio.count("red")), String.valueOf(portfolio.count("amber")),
                String.valueOf(portfolio.count("green")), "1"), byClass);
        // Each sector's bar is written with its total first; they add up to the projects decided.
        int sectors = texts(browser, By.cssSelector("#chart-sector .bar-count")).stream()
                .mapToInt(bar -> Integer.parseInt(bar.substring(0, bar.indexOf(':')).replace(",", ""))).sum();
        assertEquals(LINES - 1, sectors);
        int countries = texts(browser, By.cssSelector("#chart-country .bar-count")).stream()
                .mapToInt(bar -> Integer.parseInt(bar.substring(0, bar.indexOf(':')).replace(",", ""))).sum();
        assertEquals(LINES - 1, countries);
        assertTrue(text(browser, By.id("excluded-text")).contains(String.valueOf(portfolio.excluded())),
                text(browser, By.id("excluded-text")));
    }

    private static void checkTheTable(Browser browser, Portfolio portfolio, String refusedWord, String problem) {
        assertEquals(50, browser.driver().findElements(By.cssSelector("#results-table tbody tr")).size());

        new Select(browser.driver().findElement(By.id("filter-class"))).selectByValue("3");
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#results-table tbody tr"));
        assertEquals(1, rows.size());
        List<WebElement> cells = rows.get(0).findElements(By.tagName("td"));
        assertEquals(String.valueOf(BAD_LINE), cells.get(0).getText());
        assertEquals(refusedWord, cells.get(2).getText());
        assertTrue(cells.get(6).getText().contains(problem) && cells.get(6).getText().contains("country"),
                cells.get(6).getText());

        new Select(browser.driver().findElement(By.id("filter-class"))).selectByValue("");
        browser.driver().findElement(By.id("show-excluded")).click();
        assertTrue(text(browser, By.id("rows-caption")).contains(String.valueOf(portfolio.excluded())),
                text(browser, By.id("rows-caption")));
        new Select(browser.driver().findElement(By.id("filter-excluded"))).selectByValue("");
        WebElement search = browser.driver().findElement(By.id("filter-reference"));
        search.sendKeys("PF-0007");
        assertEquals(List.of("PF-0007"), texts(browser, By.cssSelector("#results-table tbody td:nth-child(2)")));
        search.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);

        WebElement byReference = browser.driver().findElement(By.cssSelector("th[data-key=reference]"));
        byReference.findElement(By.tagName("button")).click();
        byReference.findElement(By.tagName("button")).click();
        assertEquals("descending", byReference.getDomAttribute("aria-sort"));
        assertEquals(portfolio.lastReference(),
                text(browser, By.cssSelector("#results-table tbody tr:first-child td:nth-child(2)")));
        browser.driver().findElement(By.id("next-page")).click();
        assertEquals(50, browser.driver().findElements(By.cssSelector("#results-table tbody tr")).size());
    }

    private static void checkTheDownloads(Browser browser, Portfolio portfolio) throws IOException {
        String ndjson = download(browser, "download-ndjson");
        String[] lines = ndjson.split("\n");
        assertEquals(LINES, lines.length);
        int refused = 0;
        for (String line : lines) {
            JsonNode result = JSON.readTree(line);
            if (result.has("problem")) {
                assertEquals(BAD_LINE, result.get("line").asInt());
                refused++;
            }
        }
        assertEquals(1, refused);
        String csv = download(browser, "download-csv");
        assertEquals(LINES + 1, csv.split("\n").length, "a header and a row per line");
        assertTrue(csv.startsWith("line,decisionId,reference,class,excluded,"), csv.substring(0, 80));
    }

    private static void checkTheMatrix(Browser browser, Portfolio portfolio) {
        new Select(browser.driver().findElement(By.id("compare-version"))).selectByValue("2022.1");
        browser.driver().findElement(By.id("compare-button")).click();
        await(browser, "return !document.getElementById('matrix').hidden");
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#matrix-table tbody tr"));
        assertEquals(3, rows.size());
        int sum = 0;
        List<String> classes = List.of("red", "amber", "green");
        for (int from = 0; from < 3; from++) {
            int row = rows.get(from).findElements(By.tagName("td")).stream()
                    .mapToInt(cell -> Integer.parseInt(cell.getText().replace(",", ""))).sum();
            assertEquals(portfolio.count(classes.get(from)), row, "projects that were " + classes.get(from));
            sum += row;
        }
        assertEquals(LINES - 1, sum, "every project decided is in the matrix");
    }

    /** A portfolio of {@code lines} descriptors as CSV, made as this test makes its own: for the benchmark. */
    static String portfolioCsv(int lines) {
        return Portfolio.generate(lines).csv();
    }

    /** Clicks the link and reads the file the browser saved. */
    private static String download(Browser browser, String link) throws IOException {
        Path directory = Files.createTempDirectory("portfolio-downloads-");
        browser.driver().executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", directory.toAbsolutePath().toString()));
        WebElement anchor = browser.driver().findElement(By.id(link));
        Path saved = directory.resolve(anchor.getDomAttribute("download"));
        anchor.click();
        new WebDriverWait(browser.driver(), Duration.ofMinutes(1))
                .until(driver -> List.of(saved).equals(filesIn(directory)));
        String text = Files.readString(saved, StandardCharsets.UTF_8);
        Files.delete(saved);
        Files.delete(directory);
        return text;
    }

    /**
     * What the download directory holds. Chromium may create the file's name before it has written the file
     * (the bytes go to a {@code .crdownload} beside it), so a download is complete only when its file is
     * the one thing there.
     */
    private static List<Path> filesIn(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void await(Browser browser, String condition) {
        new WebDriverWait(browser.driver(), Duration.ofMinutes(2))
                .until(driver -> Boolean.TRUE.equals(browser.driver().executeScript(condition)));
    }

    private static String text(Browser browser, By by) {
        return browser.driver().findElement(by).getText();
    }

    private static List<String> texts(Browser browser, By by) {
        return browser.driver().findElements(by).stream().map(element -> element.getText().trim()).toList();
    }

    /** 999 projects from the project table (varied classes, sectors and countries) and a line with no country. */
    private record Portfolio(List<Project> projects, String csv) {

        static Portfolio generate(int lines) {
            List<Project> table = ProjectTable.underTheVersionInEffect();
            List<Project> projects = new ArrayList<>();
            List<JsonNode> descriptors = new ArrayList<>();
            for (int i = 0; i < lines; i++) {
                Project project = table.get(i % table.size());
                com.fasterxml.jackson.databind.node.ObjectNode descriptor = project.descriptor().deepCopy();
                descriptor.put("reference", String.format("PF-%04d", i + 1));
                if (i + 2 == BAD_LINE) {
                    descriptor.put("country", "XX");
                } else {
                    projects.add(project);
                }
                descriptors.add(descriptor);
            }
            return new Portfolio(projects, BatchLines.csv(descriptors));
        }

        long count(String trafficLight) {
            return projects.stream().filter(project -> project.trafficLight().equals(trafficLight)).count();
        }

        long excluded() {
            return projects.stream().filter(Project::excluded).count();
        }

        String lastReference() {
            return String.format("PF-%04d", LINES);
        }
    }
}
