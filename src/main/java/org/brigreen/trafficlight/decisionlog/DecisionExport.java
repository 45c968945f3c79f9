package org.brigreen.trafficlight.decisionlog;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.inject.Singleton;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The log exported as NDJSON or CSV, written record by record to the response as the reader's cursor hands them
 * on: memory stays flat however many records match.
 */
@Singleton
public final class DecisionExport {

    public static final String NDJSON = "application/x-ndjson";
    public static final String CSV = "text/csv";
    static final List<String> CSV_COLUMNS = List.of("seq", "decision_id", "decided_at", "class", "excluded", "sector",
            "country", "reference", "ruleset_id", "ruleset_version", "ruleset_digest", "entry_hash", "chain_hash",
            "org", "batch_id", "supersedes");
    private static final String CRLF = "\r\n";
    /** What a spreadsheet takes for the start of a formula. */
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final int BUFFER_CHARS = 64 * 1024;

    /** An export, written to a response as it is read from the log. */
    @FunctionalInterface
    public interface Download {
        void writeTo(OutputStream output) throws IOException;
    }

    private final DecisionLogReader reader;
    /** Not flushed after each line: the generator's buffer decides when bytes go out, in large writes. */
    private final ObjectWriter lines;
    private final ObjectWriter steps;
    private final ObjectMapper mapper;

    public DecisionExport(DecisionLogReader reader, ObjectMapper mapper) {
        this.reader = reader;
        this.mapper = mapper;
        this.lines = mapper.writerFor(ExportedDecision.class).without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
        this.steps = mapper.writerFor(ExportedAppealStep.class).without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
    }

    /*
     * The writers below flush but never close the response stream: should the log fail, a close would end the
     * response as if complete (an empty 200 before the first record). Left open, the failure is answered 503 while
     * nothing is sent yet, and aborts the connection once the download has begun, so that it cannot pass for whole.
     */

    /**
     * One JSON object per line, each ending in a line feed. A stretch of the whole log ({@link LogFilter#isStretch()},
     * what a regulator exports to verify it offline) holds the steps of appeals too, each on its line between the
     * decisions, so that the chain runs through the export without a gap.
     */
    public Download ndjson(LogFilter filter) {
        return output -> {
            JsonGenerator json = mapper.getFactory().createGenerator(output)
                    .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            LineWriter<LoggedDecision> decision = logged -> {
                lines.writeValue(json, ExportedDecision.of(logged));
                json.writeRaw('\n');
            };
            if (filter.isStretch()) {
                streamWholeLog(filter, decision, step -> {
                    steps.writeValue(json, ExportedAppealStep.of(step));
                    json.writeRaw('\n');
                });
            } else {
                stream(filter, decision);
            }
            json.flush();
        };
    }

    /**
     * RFC 4180: a header row, CRLF line ends, fields quoted where they hold a comma, quote or line break; a field that
     * a spreadsheet would run as a formula starts with a single quote ({@link #csvField}).
     */
    public Download csv(LogFilter filter) {
        return output -> {
            Writer csv = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), BUFFER_CHARS);
            csv.write(String.join(",", CSV_COLUMNS) + CRLF);
            stream(filter, logged -> writeCsvRow(csv, logged));
            csv.flush();
        };
    }

    private static void writeCsvRow(Writer csv, LoggedDecision logged) throws IOException {
        List<String> fields = List.of(Long.toString(logged.seq()), logged.id().toString(),
                logged.decidedAt().toString(), logged.trafficLight().wireName(), Boolean.toString(logged.excluded()),
                logged.sector(), logged.country(), logged.reference() == null ? "" : logged.reference(),
                logged.ruleSet().id(), logged.ruleSet().version(), logged.ruleSet().digest(), logged.entryHashHex(),
                logged.chainHashHex(), logged.org() == null ? "" : logged.org(),
                logged.batchId() == null ? "" : logged.batchId().toString(),
                logged.supersedes() == null ? "" : logged.supersedes().toString());
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.write(',');
            }
            csv.write(csvField(fields.get(i)));
        }
        csv.write(CRLF);
    }

    /**
     * One cell: neutralised, then quoted as RFC 4180 requires. A spreadsheet runs a cell that starts with = + - @, a
     * tab or a carriage return as a formula; such a cell gets a leading single quote and shows as the text it is
     * (OWASP: CSV injection). No number the export writes is negative, so none is changed.
     */
    public static String csvField(String value) {
        String text = !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quoted = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quoted ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /** A line that cannot be written (the client went away) stops the reading: it is rethrown as it was. */
    private void stream(LogFilter filter, LineWriter<LoggedDecision> writer) throws IOException {
        try {
            reader.forEach(filter, logged -> writeOrStop(writer, logged));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static <T> void writeOrStop(LineWriter<T> writer, T logged) {
        try {
            writer.write(logged);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void streamWholeLog(LogFilter stretch, LineWriter<LoggedDecision> decisions,
            LineWriter<LoggedAppealStep> steps) throws IOException {
        try {
            reader.forEachEntry(stretch, logged -> writeOrStop(decisions, logged), step -> writeOrStop(steps, step));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Writes one entry of the log. */
    @FunctionalInterface
    private interface LineWriter<T> {
        void write(T logged) throws IOException;
    }
}
