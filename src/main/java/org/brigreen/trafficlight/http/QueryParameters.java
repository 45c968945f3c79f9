package org.brigreen.trafficlight.http;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Function;
import org.brigreen.trafficlight.input.FieldError;
import org.brigreen.trafficlight.input.InvalidRequestException;
import org.brigreen.trafficlight.input.StorableText;

/**
 * Reads query and path parameters as text, so that a malformed one is a 400 naming it rather than a 404 or a failed
 * query, and collects every invalid one before answering: {@link #validate} throws one 400 listing them all. Values
 * that reach the database are kept within what it takes: instants within the years PostgreSQL and ISO 8601's
 * four-digit years both hold, and text without what PostgreSQL's text refuses ({@link StorableText}).
 */
public final class QueryParameters {

    /** The length of an ISO 8601 date: 2026-01-01. */
    private static final int ISO_DATE_LENGTH = 10;
    /**
     * The instants a query may name: the four-digit years of ISO 8601 (RFC 3339), well within PostgreSQL's timestamp
     * range (4713 BC to 294276 AD), to its precision of microseconds.
     */
    public static final Instant EARLIEST = Instant.parse("0000-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    private static final int UUID_LENGTH = 36;

    private final List<FieldError> errors = new ArrayList<>();

    /** Whether a query parameter was left out, or sent empty. */
    public static boolean absent(String value) {
        return value == null || value.isEmpty();
    }

    /**
     * A period of time asked for, from {@code from} (included) to {@code to} (excluded); a null end is open.
     *
     * @param from null: since the first record
     * @param to   null: up to now
     */
    public record TimeRange(Instant from, Instant to) {
    }

    /**
     * The period the query parameters {@code from} and {@code to} name, each read by {@link #instant}: an instant, or a
     * date for its start in UTC; absent or empty, that end is open. A {@code to} not later than {@code from} is
     * invalid. Every API that filters by time reads its period here.
     */
    public TimeRange period(String from, String to) {
        Instant start = absent(from) ? null : instant("from", from).orElse(null);
        Instant end = absent(to) ? null : instant("to", to).orElse(null);
        if (start != null && end != null && !end.isAfter(start)) {
            add(new FieldError("to", "must be later than from"));
        }
        return new TimeRange(start, end);
    }

    /**
     * The period a page's form names in whole days, both included: {@code from} the first day, {@code to} the last
     * (ISO 8601 dates; blank for an open end), from the start of the first day in UTC to the start of the day after the
     * last. What is wrong goes to {@code problems} by field, as the pages name it: {@code date} for a value that is no
     * date, {@code before-from} for a last day before the first.
     */
    public static TimeRange days(String from, String to, Map<String, String> problems) {
        LocalDate firstDay = day("from", from, problems);
        LocalDate lastDay = day("to", to, problems);
        if (firstDay != null && lastDay != null && lastDay.isBefore(firstDay)) {
            problems.put("to", "before-from");
        }
        return new TimeRange(firstDay == null ? null : startOf(firstDay),
                lastDay == null ? null : startOf(lastDay.plusDays(1)));
    }

    private static LocalDate day(String name, String value, Map<String, String> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip(), DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            problems.put(name, "date");
            return null;
        }
    }

    /** A day's start in UTC, for which a date stands wherever a time is filtered. */
    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The instant {@code value} names: ISO 8601 with an offset, or a date, which stands for its start in UTC. */
    public Optional<Instant> instant(String name, String value) {
        Instant instant;
        try {
            instant = value.length() == ISO_DATE_LENGTH
                    ? startOf(LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE))
                    : OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return invalid(name, "must be an ISO 8601 instant with an offset, such as 2026-01-01T00:00:00Z "
                    + "(percent-encode '+' as %2B), or a date, such as 2026-01-01, for its start in UTC");
        }
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            return invalid(name, "must be from " + EARLIEST + " to " + LATEST);
        }
        return Optional.of(instant);
    }

    /** {@code value}, if it is 1 to {@code maxLength} characters the log can hold. */
    public Optional<String> text(String name, String value, int maxLength) {
        if (value.isEmpty() || value.length() > maxLength) {
            return invalid(name, "must be 1 to " + maxLength + " characters");
        }
        Optional<String> unstorable = StorableText.problem(value);
        return unstorable.isEmpty() ? Optional.of(value) : invalid(name, unstorable.get());
    }

    /** An integer of at least {@code min}, if given: blank counts as absent. */
    public OptionalLong integer(String name, String value, long min) {
        return integer(name, value, min, Long.MAX_VALUE);
    }

    /** An integer from {@code min} to {@code max}, if given: blank counts as absent. */
    public OptionalLong integer(String name, String value, long min, long max) {
        if (value == null || value.isBlank()) {
            return OptionalLong.empty();
        }
        try {
            long number = Long.parseLong(value.strip());
            if (number >= min && number <= max) {
                return OptionalLong.of(number);
            }
        } catch (NumberFormatException e) {
            // answered below, as any other value out of range
        }
        add(new FieldError(name, "must be an integer from " + min + " to " + max));
        return OptionalLong.empty();
    }

    /** The index of {@code value} among the allowed ones, if it is one of them. */
    public OptionalInt oneOf(String name, String value, List<String> allowed) {
        int index = allowed.indexOf(value);
        if (index < 0) {
            add(FieldError.unknownValue(name, value, allowed));
            return OptionalInt.empty();
        }
        return OptionalInt.of(index);
    }

    /** An id: a UUID in its 36-character form, nothing looser ({@link UUID#fromString} takes shorter forms too). */
    public Optional<UUID> uuid(String name, String value) {
        try {
            if (value != null && value.length() == UUID_LENGTH) {
                return Optional.of(UUID.fromString(value));
            }
        } catch (IllegalArgumentException e) {
            // answered below, as any other malformed id
        }
        return invalid(name, "must be a UUID");
    }

    /**
     * The id a path names, {@code {id}}: a UUID in its 36-character form.
     *
     * @param what what it identifies, for the answer: "decision", "batch"
     * @throws InvalidRequestException when it is not one
     */
    public static UUID pathId(String what, String value) {
        QueryParameters parameters = new QueryParameters();
        Optional<UUID> id = parameters.uuid("id", value);
        parameters.validate("The " + what + " id is not a UUID.");
        return id.orElseThrow();
    }

    public void require(boolean given, String name) {
        if (!given) {
            add(new FieldError(name, "is required"));
        }
    }

    /** A problem found by the caller, such as two parameters that do not fit together. */
    public void add(FieldError error) {
        errors.add(error);
    }

    /** Throws the 400 listing every invalid parameter, if any, with a detail fit for their number. */
    public void validate() {
        validate(invalid -> invalid.size() == 1 ? "A parameter is invalid."
                : invalid.size() + " parameters are invalid.");
    }

    /** Throws the 400 listing every invalid parameter, if any, with {@code detail}. */
    public void validate(String detail) {
        validate(invalid -> detail);
    }

    /** Throws the 400 listing every invalid parameter, if any, with the detail made of them. */
    public void validate(Function<List<FieldError>, String> detail) {
        if (!errors.isEmpty()) {
            List<FieldError> invalid = List.copyOf(errors);
            throw new InvalidRequestException(detail.apply(invalid), invalid);
        }
    }

    private <T> Optional<T> invalid(String name, String reason) {
        add(new FieldError(name, reason));
        return Optional.empty();
    }
}
