package org.brigreen.trafficlight.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Screens a portfolio, {@code POST /v1/classifications/batch}: the file is sent as it is (CSV, or NDJSON), the results
 * are written to a file line by line as the service streams them, with a progress bar and then a summary on standard
 * error.
 */
@Command(name = "screen", description = "Classifies every project of PORTFOLIO (CSV with a header of descriptor fields, or NDJSON: "
                + "*.ndjson, *.jsonl) in one batch (POST /v1/classifications/batch) and writes one result per line "
                + "to the output file; exits 1 when a line was refused (its problem is in the results).")
final class ScreenCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Mixin
    ServiceOptions service;

    @Mixin
    RuleSetSelection selection;

    @Parameters(index = "0", paramLabel = "PORTFOLIO", description = "the portfolio: CSV or NDJSON")
    Path portfolio;

    @Option(names = {"-o", "--output"}, paramLabel = "RESULTS", required = true,
            description = "where the results go, NDJSON: one decision in brief, or one problem, per line")
    Path output;

    @Override
    public Integer call() throws IOException {
        boolean csv = !isNdjson(portfolio);
        long expected = descriptors(portfolio, csv);
        ServiceClient client = service.client();
        HttpRequest request = client.request("/v1/classifications/batch" + selection.query())
                .header("Content-Type", csv ? ServiceClient.CSV_TYPE : ServiceClient.NDJSON_TYPE)
                .header("Accept", ServiceClient.NDJSON_TYPE)
                .POST(HttpRequest.BodyPublishers.ofFile(portfolio)).build();
        HttpResponse<InputStream> response = client.send(request);
        String batch = response.headers().firstValue("Location").map(location -> location.replaceFirst(".*/", ""))
                .orElse("(none)");
        Tally tally = results(response.body(), new ProgressBar(spec.commandLine().getErr(), expected));
        spec.commandLine().getErr().println("batch " + batch + ": " + tally + "; results in " + output);
        return tally.refused == 0 ? ExitCodes.OK : ExitCodes.FAILED;
    }

    /** Writes each result to the output as it comes, and counts them. */
    private Tally results(InputStream body, ProgressBar progress) throws IOException {
        Tally tally = new Tally();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
                BufferedWriter results = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                results.write(line);
                results.newLine();
                tally.add(JSON.readTree(line));
                progress.step();
            }
        } finally {
            progress.finish();
        }
        return tally;
    }

    /** The results counted: decisions per class, excluded, lines refused. */
    private static final class Tally {

        private final Map<String, Long> classes = new TreeMap<>(Map.of("green", 0L, "amber", 0L, "red", 0L));
        private long lines;
        private long excluded;
        private long refused;

        void add(JsonNode result) {
            lines++;
            if (result.has("problem")) {
                refused++;
                return;
            }
            classes.merge(result.path("class").asText(), 1L, Long::sum);
            excluded += result.path("excluded").asBoolean() ? 1 : 0;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d lines: %d decisions (%d green, %d amber, %d red; %d excluded), %d "
                    + "refused", lines, lines - refused, classes.get("green"), classes.get("amber"),
                    classes.get("red"), excluded, refused);
        }
    }

    private static boolean isNdjson(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".ndjson") || name.endsWith(".jsonl");
    }

    /**
     * The descriptors the portfolio holds, for the progress bar: its lines that are not blank, less the CSV header. A
     * CSV cell that spans lines counts too many; the bar then ends short of the end. Read as ISO 8859-1, which decodes
     * any bytes: what is not UTF-8 is for the service to name.
     */
    private static long descriptors(Path file, boolean csv) throws IOException {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.ISO_8859_1)) {
            long count = lines.filter(line -> !line.isBlank()).count();
            return csv ? Math.max(count - 1, 0) : count;
        }
    }
}
