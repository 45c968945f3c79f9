package org.brigreen.trafficlight.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.brigreen.trafficlight.decisionlog.DecisionExport;

/** The reports as CSV: RFC 4180, a header row, CRLF line ends, cells neutralised as the log's export does. */
public final class ReportCsv {

    private static final String CRLF = "\r\n";
    private static final int BUFFER_CHARS = 64 * 1024;
    private static final List<String> COUNT_COLUMNS = List.of("key", "red", "amber", "green", "total");
    private static final List<String> EXCLUDED_COLUMNS = List.of("reference", "org", "sector", "country",
            "decided_at", "decision_id", "ruleset_id", "ruleset_version");
    private static final List<String> ANNUAL_COLUMNS = List.of("section", "key", "red", "amber", "green", "total");

    private ReportCsv() {
    }

    public static String decisions(DecisionsReport report) {
        StringBuilder csv = new StringBuilder(line(COUNT_COLUMNS));
        for (ClassCountRow row : report.rows()) {
            csv.append(line(counts(row)));
        }
        return csv.append(line(counts(report.totals()))).toString();
    }

    /** The annual report in one table: each row names its section (category, sector, region, total, excluded). */
    public static String annual(AnnualReport report) {
        StringBuilder csv = new StringBuilder(line(ANNUAL_COLUMNS));
        for (AnnualReport.Category category : report.categories()) {
            csv.append(line(List.of("category", category.category() + " (" + category.trafficLight() + ")",
                    "", "", "", Long.toString(category.decisions()))));
        }
        report.bySector().forEach(row -> csv.append(line(section("sector", row))));
        report.byRegion().forEach(row -> csv.append(line(section("region", row))));
        csv.append(line(section("total", report.totals())));
        return csv.append(line(List.of("excluded", "", "", "", "", Long.toString(report.excluded())))).toString();
    }

    /** Writes the excluded projects as they are read: memory stays flat however many there are. */
    public static void excluded(Reports reports, ReportStore.Selection selection, OutputStream output)
            throws IOException {
        Writer csv = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), BUFFER_CHARS);
        csv.write(line(EXCLUDED_COLUMNS));
        try {
            reports.forEachExcluded(selection, project -> writeExcluded(csv, project));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        csv.flush();
    }

    /** One line, cell by cell into the writer: no list or string of the line for each of a hundred thousand. */
    private static void writeExcluded(Writer csv, ExcludedProject project) {
        try {
            writeCells(csv, project.reference(), project.org(), project.sector(), project.country(),
                    project.decidedAt().toString(), project.decisionId().toString(), project.ruleSet(),
                    project.version());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeCells(Writer csv, String... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                csv.write(',');
            }
            csv.write(cells[i] == null ? "" : DecisionExport.csvField(cells[i]));
        }
        csv.write(CRLF);
    }

    private static List<String> counts(ClassCountRow row) {
        return List.of(row.key() == null ? "" : row.key(), Long.toString(row.red()), Long.toString(row.amber()),
                Long.toString(row.green()), Long.toString(row.total()));
    }

    private static List<String> section(String section, ClassCountRow row) {
        return Stream.concat(Stream.of(section), counts(row).stream()).toList();
    }

    private static String line(List<String> cells) {
        return cells.stream().map(DecisionExport::csvField).collect(Collectors.joining(",")) + CRLF;
    }
}
