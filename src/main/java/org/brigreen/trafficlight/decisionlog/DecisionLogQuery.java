package org.brigreen.trafficlight.decisionlog;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.brigreen.trafficlight.decision.Sector;
import org.brigreen.trafficlight.http.QueryParameters;
import org.brigreen.trafficlight.input.FieldError;
import org.brigreen.trafficlight.rules.TrafficLight;

/**
 * The query parameters of {@code GET /v1/decisions}, as sent. {@link #validated()} checks them all at once, so that
 * a caller learns about every invalid parameter in one answer. An empty parameter counts as absent.
 */
record DecisionLogQuery(String from, String to, String trafficLight, String excluded, String sector, String country,
        String ruleSet, String version, String reference, String superseded, String limit, String after) {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;
    private static final int MAX_NAME_LENGTH = 64;
    private static final int MAX_REFERENCE_LENGTH = 128;
    private static final List<String> BOOLEANS = List.of("true", "false");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /** The filter and page size asked for. */
    record Validated(LogFilter filter, int limit) {
    }

    /** @throws org.brigreen.trafficlight.input.InvalidRequestException naming every invalid parameter */
    Validated validated() {
        QueryParameters parameters = new QueryParameters();
        QueryParameters.TimeRange period = parameters.period(from, to);
        LogFilter filter = new LogFilter(period.from(), period.to(), trafficLight(parameters), excluded(parameters),
                sector(parameters), country(parameters), text("ruleset", ruleSet, MAX_NAME_LENGTH, parameters),
                text("version", version, MAX_NAME_LENGTH, parameters),
                text("reference", reference, MAX_REFERENCE_LENGTH, parameters), afterSeq(parameters))
                .withSuperseded(superseded(parameters));
        int pageSize = QueryParameters.absent(limit) ? DEFAULT_LIMIT
                : (int) parameters.integer("limit", limit, 1, MAX_LIMIT).orElse(DEFAULT_LIMIT);
        parameters.validate(invalid -> invalid.size() == 1 ? "The query has an invalid parameter."
                : "The query has " + invalid.size() + " invalid parameters.");
        return new Validated(filter, pageSize);
    }

    private TrafficLight trafficLight(QueryParameters parameters) {
        List<String> allowed = Arrays.stream(TrafficLight.values()).map(TrafficLight::wireName).toList();
        int index = oneOf("class", trafficLight, allowed, parameters);
        return index < 0 ? null : TrafficLight.values()[index];
    }

    private Boolean excluded(QueryParameters parameters) {
        int index = oneOf("excluded", excluded, BOOLEANS, parameters);
        return index < 0 ? null : index == 0;
    }

    private Boolean superseded(QueryParameters parameters) {
        int index = oneOf("superseded", superseded, BOOLEANS, parameters);
        return index < 0 ? null : index == 0;
    }

    private Sector sector(QueryParameters parameters) {
        List<String> allowed = Arrays.stream(Sector.values()).map(Sector::wireName).toList();
        int index = oneOf("sector", sector, allowed, parameters);
        return index < 0 ? null : Sector.values()[index];
    }

    /** The index of the value among the allowed ones; -1 when absent or unknown. */
    private static int oneOf(String name, String value, List<String> allowed, QueryParameters parameters) {
        return QueryParameters.absent(value) ? -1 : parameters.oneOf(name, value, allowed).orElse(-1);
    }

    private String country(QueryParameters parameters) {
        if (QueryParameters.absent(country) || COUNTRIES.contains(country)) {
            return QueryParameters.absent(country) ? null : country;
        }
        parameters.add(new FieldError("country",
                "must be an ISO 3166-1 alpha-2 country code in upper case, such as KE"));
        return null;
    }

    private static String text(String name, String value, int maxLength, QueryParameters parameters) {
        return QueryParameters.absent(value) ? null : parameters.text(name, value, maxLength).orElse(null);
    }

    private long afterSeq(QueryParameters parameters) {
        if (QueryParameters.absent(after)) {
            return 0;
        }
        return DecisionCursor.seqOf(after).orElseGet(() -> {
            parameters.add(new FieldError("after", "must be a cursor given as next by a previous page"));
            return 0L;
        });
    }
}
