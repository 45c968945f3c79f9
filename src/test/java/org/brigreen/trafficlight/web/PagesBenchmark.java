package org.brigreen.trafficlight.web;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.brigreen.trafficlight.classification.Descriptors;
import org.brigreen.trafficlight.security.Api;
import org.brigreen.trafficlight.security.Tokens;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A benchmark, not a test (its name keeps it out of the test run; bench/pages/run.sh runs it): the time to first
 * render of the pages, and the browser's script heap while the portfolio page screens a 100,000-line portfolio. It
 * asserts nothing about time; it writes its figures to {@code target/bench-pages.md}.
 */
@QuarkusTest
class PagesBenchmark {

    private static final int LINES = Integer.getInteger("bench.lines", 100_000);
    private static final int LOADS = Integer.getInteger("bench.loads", 7);
    private static final String REFERENCE = "BENCH-PROJECT-1";
    private static final Duration SAMPLE_EVERY = Duration.ofMillis(250);

    @TestHTTPResource("/app/portfolio")
    URI portfolio;

    @Test
    void measure() throws IOException, InterruptedException {
        List<String> report = new ArrayList<>();
        report.add("| page | first contentful paint, median ms | min | max | DOM content loaded, median ms |");
        report.add("|---|---:|---:|---:|---:|");
        try (Browser browser = new Browser("en")) {
            browser.signIn(portfolio, "lender", "bench-bank");
            for (String page : pages()) {
                report.add(firstRender(browser, page));
            }
            report.add("");
            report.addAll(screen(browser));
        }
        String text = String.join("\n", report) + "\n";
        Files.writeString(Path.of("target", "bench-pages.md"), text, StandardCharsets.UTF_8);
        System.out.println(text);
    }

    /** Every page, one of each kind: a certificate and a project's history of a decision recorded for them. */
    private static List<String> pages() {
        String id = Api.as(Tokens.lender("bench-bank")).contentType("application/json").body(Descriptors.solarPark().put("reference", REFERENCE)
                .toString()).post("/v1/classifications").then().statusCode(201).extract().path("decisionId");
        return List.of("/", "/app", "/app/self-check", "/app/decisions", "/app/decisions/" + id,
                "/app/projects/" + REFERENCE, "/app/portfolio");
    }

    /** Loads the page {@value #LOADS} times, after one load to warm up, and reads the browser's paint timing. */
    private String firstRender(Browser browser, String page) {
        List<Double> paints = new ArrayList<>();
        List<Double> loaded = new ArrayList<>();
        for (int load = 0; load <= LOADS; load++) {
            browser.open(portfolio.resolve(page).toString());
            Map<?, ?> timing = (Map<?, ?>) browser.driver().executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    const read = () => {
                      const paint = performance.getEntriesByName('first-contentful-paint')[0];
                      const navigation = performance.getEntriesByType('navigation')[0];
                      if (paint && navigation.domContentLoadedEventEnd > 0) {
                        done({paint: paint.startTime, loaded: navigation.domContentLoadedEventEnd});
                      } else {
                        setTimeout(read, 20);
                      }
                    };
                    read();
                    """);
            if (load > 0) {
                paints.add(((Number) timing.get("paint")).doubleValue());
                loaded.add(((Number) timing.get("loaded")).doubleValue());
            }
        }
        return String.format("| `%s` | %.0f | %.0f | %.0f | %.0f |", page, median(paints),
                paints.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
                paints.stream().mapToDouble(Double::doubleValue).max().orElseThrow(), median(loaded));
    }

    /** Screens the portfolio, sampling the script heap and the DOM's size until the results are shown. */
    private List<String> screen(Browser browser) throws IOException, InterruptedException {
        Path file = Files.createTempFile("bench-portfolio-", ".csv");
        Files.writeString(file, PortfolioBrowserTest.portfolioCsv(LINES), StandardCharsets.UTF_8);
        try {
            browser.open(portfolio.toString());
            browser.driver().executeCdpCommand("Performance.enable", Map.of());
            collectGarbage(browser);
            Map<String, Double> before = metrics(browser);
            browser.driver().findElement(By.id("portfolio-file")).sendKeys(file.toAbsolutePath().toString());
            Instant start = Instant.now();
            browser.driver().findElement(By.id("screen-button")).click();
            double peakHeap = 0;
            double peakNodes = 0;
            int samples = 0;
            while (!Boolean.TRUE.equals(browser.driver().executeScript(
                    "return document.getElementById('results').dataset.ready === 'true'"))) {
                Map<String, Double> now = metrics(browser);
                peakHeap = Math.max(peakHeap, now.get("JSHeapUsedSize"));
                peakNodes = Math.max(peakNodes, now.get("Nodes"));
                samples++;
                Thread.sleep(SAMPLE_EVERY.toMillis());
            }
            Duration took = Duration.between(start, Instant.now());
            Map<String, Double> done = metrics(browser);
            peakHeap = Math.max(peakHeap, done.get("JSHeapUsedSize"));
            collectGarbage(browser);
            Map<String, Double> after = metrics(browser);
            String progress = browser.driver().findElement(By.id("progress-text")).getText();
            return List.of(
                    "| screening " + LINES + " lines (" + Files.size(file) / 1024 + " KiB of CSV) | value |",
                    "|---|---:|",
                    "| progress at the end | " + progress + " |",
                    String.format("| time from the click until the results are shown | %.1f s |", took.toMillis() / 1e3),
                    String.format("| script heap before (after a garbage collection) | %.1f MiB |",
                            mib(before.get("JSHeapUsedSize"))),
                    String.format("| script heap, peak of %d samples while screening | %.1f MiB |", samples,
                            mib(peakHeap)),
                    String.format("| script heap after, results shown (after a garbage collection) | %.1f MiB |",
                            mib(after.get("JSHeapUsedSize"))),
                    String.format("| DOM nodes before / peak / after | %.0f / %.0f / %.0f |", before.get("Nodes"),
                            peakNodes, after.get("Nodes")));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void collectGarbage(Browser browser) {
        browser.driver().executeCdpCommand("HeapProfiler.collectGarbage", Map.of());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Double> metrics(Browser browser) {
        Map<String, Object> answer = browser.driver().executeCdpCommand("Performance.getMetrics", Map.of());
        Map<String, Double> metrics = new java.util.HashMap<>();
        for (Map<String, Object> metric : (List<Map<String, Object>>) answer.get("metrics")) {
            metrics.put((String) metric.get("name"), ((Number) metric.get("value")).doubleValue());
        }
        return metrics;
    }

    private static double mib(double bytes) {
        return bytes / (1024 * 1024);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
