package org.brigreen.trafficlight.http;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.brigreen.trafficlight.input.FieldError;
import org.brigreen.trafficlight.input.StorableText;

/**
 * Query and path parameters that reach the database, read so that a value it cannot take is a 400 naming the
 * parameter rather than a failed query: instants within the years PostgreSQL and ISO 8601's four-digit years both
 * hold, and text without what PostgreSQL's text refuses ({@link StorableText}). Each adds its problem to a list, so
 * that a caller learns about every invalid parameter at once.
 */
public final class ParameterValues {

    /**
     * The instants a query may name: the four-digit years of ISO 8601 (RFC 3339), well within PostgreSQL's timestamp
     * range (4713 BC to 294276 AD), to its precision of microseconds.
     */
    public static final Instant EARLIEST = Instant.parse("0000-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    private ParameterValues() {
    }

    /** The instant {@code value} names, ISO 8601 with an offset; empty, with the problem added, when it is not one. */
    public static Optional<Instant> instant(String name, String value, List<FieldError> errors) {
        Instant instant;
        try {
            instant = OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, "must be an ISO 8601 instant with an offset, such as "
                    + "2026-01-01T00:00:00Z (percent-encode '+' as %2B)"));
            return Optional.empty();
        }
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            errors.add(new FieldError(name, "must be from " + EARLIEST + " to " + LATEST));
            return Optional.empty();
        }
        return Optional.of(instant);
    }

    /** {@code value} if it is 1 to {@code maxLength} characters the log can hold; else empty, the problem added. */
    public static Optional<String> text(String name, String value, int maxLength, List<FieldError> errors) {
        if (value.isEmpty() || value.length() > maxLength) {
            errors.add(new FieldError(name, "must be 1 to " + maxLength + " characters"));
            return Optional.empty();
        }
        Optional<String> unstorable = StorableText.problem(value);
        unstorable.ifPresent(reason -> errors.add(new FieldError(name, reason)));
        return unstorable.isEmpty() ? Optional.of(value) : Optional.empty();
    }
}
