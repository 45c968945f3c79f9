package org.brigreen.trafficlight.report;

import java.util.List;
import java.util.OptionalInt;
import org.brigreen.trafficlight.decisionlog.DecisionCursor;
import org.brigreen.trafficlight.http.QueryParameters;
import org.brigreen.trafficlight.input.FieldError;

/**
 * The query parameters of the reports, as sent, checked all at once so that a caller learns of every invalid one in
 * one answer (a 400 naming each, with the values allowed). Dates stand for their start in UTC, as everywhere in the
 * API ({@link QueryParameters#instant}). An empty parameter counts as absent.
 */
public final class ReportQuery {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 9998;
    private static final int MAX_NAME_LENGTH = 64;
    private static final List<String> FORMATS = List.of("json", "csv");

    private final QueryParameters parameters = new QueryParameters();

    /** The period, rule set and version of a report. */
    public ReportStore.Selection selection(String from, String to, String ruleSet, String version) {
        QueryParameters.TimeRange period = parameters.period(from, to);
        return new ReportStore.Selection(new Period(period.from(), period.to()), text("ruleset", ruleSet),
                text("version", version));
    }

    /** The grouping of a decisions report: {@code by}, sector when absent. */
    public Grouping grouping(String by) {
        if (QueryParameters.absent(by)) {
            return Grouping.SECTOR;
        }
        OptionalInt index = parameters.oneOf("by", by, Grouping.wireNames());
        return index.isPresent() ? Grouping.values()[index.getAsInt()] : Grouping.SECTOR;
    }

    /** Whether {@code format} asks for CSV; absent leaves it to Accept. */
    boolean csv(String format) {
        return !QueryParameters.absent(format) && parameters.oneOf("format", format, FORMATS).orElse(0) == 1;
    }

    public int limit(String limit) {
        return QueryParameters.absent(limit) ? DEFAULT_LIMIT
                : (int) parameters.integer("limit", limit, 1, MAX_LIMIT).orElse(DEFAULT_LIMIT);
    }

    /** The sequence number a page's cursor continues after; 0 for the first page. */
    public long after(String after) {
        if (QueryParameters.absent(after)) {
            return 0;
        }
        return DecisionCursor.seqOf(after).orElseGet(() -> {
            parameters.add(new FieldError("after", "must be a cursor given as next by a previous page"));
            return 0L;
        });
    }

    /** The year of an annual report: required. */
    public int year(String year) {
        parameters.require(!QueryParameters.absent(year), "year");
        return (int) parameters.integer("year", year, FIRST_YEAR, LAST_YEAR).orElse(FIRST_YEAR);
    }

    /** The days a check of the rollup compares: those the period [from, to) touches. */
    Period.Days days(String from, String to) {
        return selection(from, to, null, null).period().touchedDays();
    }

    /** @throws org.brigreen.trafficlight.input.InvalidRequestException naming every invalid parameter */
    public void validate() {
        parameters.validate(invalid -> invalid.size() == 1 ? "The query has an invalid parameter."
                : "The query has " + invalid.size() + " invalid parameters.");
    }

    private String text(String name, String value) {
        return QueryParameters.absent(value) ? null : parameters.text(name, value, MAX_NAME_LENGTH).orElse(null);
    }
}
