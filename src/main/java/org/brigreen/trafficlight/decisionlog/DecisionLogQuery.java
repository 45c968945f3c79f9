package org.brigreen.trafficlight.decisionlog;

import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.brigreen.trafficlight.decision.Sector;
import org.brigreen.trafficlight.http.ParameterValues;
import org.brigreen.trafficlight.input.FieldError;
import org.brigreen.trafficlight.input.InvalidRequestException;
import org.brigreen.trafficlight.rules.TrafficLight;

/**
 * The query parameters of {@code GET /v1/decisions}, as sent. {@link #validated()} checks them all at once, so that
 * a caller learns about every invalid parameter in one answer. An empty parameter counts as absent.
 */
public class DecisionLogQuery {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;
    private static final int MAX_NAME_LENGTH = 64;
    private static final int MAX_REFERENCE_LENGTH = 128;
    private static final List<String> BOOLEANS = List.of("true", "false");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    @QueryParam("from")
    String from;

    @QueryParam("to")
    String to;

    @QueryParam("class")
    String trafficLight;

    @QueryParam("excluded")
    String excluded;

    @QueryParam("sector")
    String sector;

    @QueryParam("country")
    String country;

    @QueryParam("ruleset")
    String ruleSet;

    @QueryParam("version")
    String version;

    @QueryParam("reference")
    String reference;

    @QueryParam("limit")
    String limit;

    @QueryParam("after")
    String after;

    /** The filter and page size asked for. */
    record Validated(LogFilter filter, int limit) {
    }

    /** @throws InvalidRequestException naming every invalid parameter */
    Validated validated() {
        List<FieldError> errors = new ArrayList<>();
        Instant fromInstant = instant("from", from, errors);
        Instant toInstant = instant("to", to, errors);
        if (fromInstant != null && toInstant != null && !toInstant.isAfter(fromInstant)) {
            errors.add(new FieldError("to", "must be later than from"));
        }
        LogFilter filter = new LogFilter(fromInstant, toInstant, trafficLight(errors), excluded(errors),
                sector(errors), country(errors), text("ruleset", ruleSet, MAX_NAME_LENGTH, errors),
                text("version", version, MAX_NAME_LENGTH, errors),
                text("reference", reference, MAX_REFERENCE_LENGTH, errors), afterSeq(errors));
        int pageSize = limit(errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors.size() == 1 ? "The query has an invalid parameter."
                    : "The query has " + errors.size() + " invalid parameters.", errors);
        }
        return new Validated(filter, pageSize);
    }

    private static Instant instant(String name, String value, List<FieldError> errors) {
        return absent(value) ? null : ParameterValues.instant(name, value, errors).orElse(null);
    }

    private TrafficLight trafficLight(List<FieldError> errors) {
        List<String> allowed = Arrays.stream(TrafficLight.values()).map(TrafficLight::wireName).toList();
        int index = oneOf("class", trafficLight, allowed, errors);
        return index < 0 ? null : TrafficLight.values()[index];
    }

    private Boolean excluded(List<FieldError> errors) {
        int index = oneOf("excluded", excluded, BOOLEANS, errors);
        return index < 0 ? null : index == 0;
    }

    private Sector sector(List<FieldError> errors) {
        List<String> allowed = Arrays.stream(Sector.values()).map(Sector::wireName).toList();
        int index = oneOf("sector", sector, allowed, errors);
        return index < 0 ? null : Sector.values()[index];
    }

    /** The index of the value among the allowed ones; -1 when absent or unknown (and then an error is added). */
    private static int oneOf(String name, String value, List<String> allowed, List<FieldError> errors) {
        if (absent(value)) {
            return -1;
        }
        int index = allowed.indexOf(value);
        if (index < 0) {
            errors.add(FieldError.unknownValue(name, value, allowed));
        }
        return index;
    }

    private String country(List<FieldError> errors) {
        if (absent(country)) {
            return null;
        }
        if (COUNTRIES.contains(country)) {
            return country;
        }
        errors.add(new FieldError("country", "must be an ISO 3166-1 alpha-2 country code in upper case, such as KE"));
        return null;
    }

    private static String text(String name, String value, int maxLength, List<FieldError> errors) {
        return absent(value) ? null : ParameterValues.text(name, value, maxLength, errors).orElse(null);
    }

    private long afterSeq(List<FieldError> errors) {
        if (absent(after)) {
            return 0;
        }
        return DecisionCursor.seqOf(after).orElseGet(() -> {
            errors.add(new FieldError("after", "must be a cursor given as next by a previous page"));
            return 0L;
        });
    }

    private int limit(List<FieldError> errors) {
        if (absent(limit)) {
            return DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(limit);
            if (value >= 1 && value <= MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below, as any other invalid limit
        }
        errors.add(new FieldError("limit", "must be an integer from 1 to " + MAX_LIMIT));
        return DEFAULT_LIMIT;
    }

    private static boolean absent(String value) {
        return value == null || value.isEmpty();
    }
}
