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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

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

    @Parameter(description = "Decided at or after this instant (inclusive), ISO 8601 with an offset, from "
            + "0000-01-01T00:00:00Z to 9999-12-31T23:59:59.999999Z; percent-encode a '+' offset as %2B.",
            example = "2026-01-01T00:00:00Z", schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    @QueryParam("from")
    String from;

    @Parameter(description = "Decided before this instant (exclusive), ISO 8601 with an offset, in the same range; "
            + "later than from.", example = "2027-01-01T00:00:00Z",
            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    @QueryParam("to")
    String to;

    @Parameter(description = "Only decisions of this class.", example = "red",
            schema = @Schema(implementation = TrafficLight.class))
    @QueryParam("class")
    String trafficLight;

    @Parameter(description = "Only decisions that excluded the project from financing (true), or did not (false).",
            example = "true", schema = @Schema(type = SchemaType.BOOLEAN))
    @QueryParam("excluded")
    String excluded;

    @Parameter(description = "Only projects of this sector.", example = "coal_power",
            schema = @Schema(implementation = Sector.class))
    @QueryParam("sector")
    String sector;

    @Parameter(description = "Only projects in this country: ISO 3166-1 alpha-2, upper case.", example = "KE")
    @QueryParam("country")
    String country;

    @Parameter(description = "Only decisions under this rule set.", example = "bri-traffic-light")
    @QueryParam("ruleset")
    String ruleSet;

    @Parameter(description = "Only decisions under this rule-set version.", example = "2022.1")
    @QueryParam("version")
    String version;

    @Parameter(description = "Only decisions for this caller's reference, exactly.", example = "LN-2026-0042")
    @QueryParam("reference")
    String reference;

    @Parameter(description = "Most items in one JSON page, 1 to " + MAX_LIMIT + "; default " + DEFAULT_LIMIT
            + ". Exports (NDJSON, CSV) are not limited.", example = "100",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "" + MAX_LIMIT,
                    defaultValue = "" + DEFAULT_LIMIT))
    @QueryParam("limit")
    String limit;

    @Parameter(description = "Continue after this cursor: the next of the previous page. Exports honour it too.",
            example = "AAAAAAAAAGQ")
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
