package org.brigreen.trafficlight.web;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.UriBuilder;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.brigreen.trafficlight.decision.Sector;
import org.brigreen.trafficlight.decisionlog.LogFilter;
import org.brigreen.trafficlight.http.QueryParameters;
import org.brigreen.trafficlight.input.StorableText;
import org.brigreen.trafficlight.rules.TrafficLight;

/**
 * The decision log's filter as the decisions page's form sends it: each field as typed, to show again, and the filter
 * they make. Dates are whole days in UTC, both ends included. An empty field filters nothing.
 */
public final class LogFilterForm {

    /** The fields, by their names in the form and the query. */
    static final List<String> FIELDS = List.of("from", "to", "class", "excluded", "sector", "country", "org",
            "version", "reference", "superseded");
    static final int MAX_REFERENCE_LENGTH = 128;
    private static final int MAX_NAME_LENGTH = 64;
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final List<String> BOOLEANS = List.of("true", "false");

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
    @QueryParam("org")
    String org;
    @QueryParam("version")
    String version;
    @QueryParam("reference")
    String reference;
    @QueryParam("superseded")
    String superseded;

    /**
     * The filter the form makes, and what is wrong with its fields (by field name: the kind of problem, which the
     * page words in its language).
     */
    record Parsed(LogFilter filter, Map<String, String> problems) {

        boolean refused() {
            return !problems.isEmpty();
        }
    }

    /** The filter, for a person who sees one organisation's decisions ({@code scope}) or every one's (empty). */
    Parsed parse(Optional<String> scope) {
        Map<String, String> problems = new LinkedHashMap<>();
        QueryParameters.TimeRange period = QueryParameters.days(from, to, problems);
        LogFilter filter = new LogFilter(period.from(), period.to(),
                oneOf("class", trafficLight, TrafficLight.values(), TrafficLight::wireName, problems),
                bool("excluded", excluded, problems),
                oneOf("sector", sector, Sector.values(), Sector::wireName, problems),
                country(problems),
                null,
                text("version", version, MAX_NAME_LENGTH, problems),
                text("reference", reference, MAX_REFERENCE_LENGTH, problems),
                scope.orElseGet(() -> text("org", org, MAX_NAME_LENGTH, problems)),
                bool("superseded", superseded, problems),
                0);
        return new Parsed(filter, problems);
    }

    /** The value typed in field {@code name}; empty when none. */
    public String value(String name) {
        String value = switch (name) {
            case "from" -> from;
            case "to" -> to;
            case "class" -> trafficLight;
            case "excluded" -> excluded;
            case "sector" -> sector;
            case "country" -> country;
            case "org" -> org;
            case "version" -> version;
            case "reference" -> reference;
            case "superseded" -> superseded;
            default -> throw new IllegalArgumentException("no field " + name);
        };
        return value == null ? "" : value;
    }

    /** Whether any field filters. */
    public boolean filters() {
        return FIELDS.stream().anyMatch(name -> !value(name).isEmpty());
    }

    /** {@code path} with the fields that filter as its query, then {@code more} (name, value pairs). */
    String link(String path, String... more) {
        UriBuilder link = UriBuilder.fromPath(path);
        for (String name : FIELDS) {
            if (!value(name).isEmpty()) {
                link.queryParam(name, "{" + name + "}");
            }
        }
        for (int i = 0; i < more.length; i += 2) {
            link.queryParam(more[i], "{" + more[i] + "}");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        FIELDS.stream().filter(name -> !value(name).isEmpty()).forEach(name -> values.put(name, value(name)));
        for (int i = 0; i < more.length; i += 2) {
            values.put(more[i], more[i + 1]);
        }
        return link.buildFromMap(values).toString();
    }

    private static <T> T oneOf(String name, String value, T[] values, Function<T, String> wireName,
            Map<String, String> problems) {
        if (blank(value)) {
            return null;
        }
        Optional<T> found = Arrays.stream(values).filter(candidate -> wireName.apply(candidate).equals(value))
                .findFirst();
        if (found.isEmpty()) {
            problems.put(name, "choice");
        }
        return found.orElse(null);
    }

    private static Boolean bool(String name, String value, Map<String, String> problems) {
        if (blank(value)) {
            return null;
        }
        if (!BOOLEANS.contains(value)) {
            problems.put(name, "choice");
            return null;
        }
        return Boolean.valueOf(value);
    }

    private String country(Map<String, String> problems) {
        if (blank(country)) {
            return null;
        }
        String code = country.strip().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(code)) {
            problems.put("country", "country");
            return null;
        }
        return code;
    }

    private static String text(String name, String value, int maxLength, Map<String, String> problems) {
        if (blank(value)) {
            return null;
        }
        if (value.length() > maxLength || StorableText.problem(value).isPresent()
                || value.chars().anyMatch(Character::isISOControl)) {
            problems.put(name, "text");
            return null;
        }
        return value;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
