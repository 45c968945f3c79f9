package org.brigreen.trafficlight.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.brigreen.trafficlight.input.FieldError;
import org.brigreen.trafficlight.input.InvalidRequestException;
import org.brigreen.trafficlight.input.Uuids;

/**
 * Reads the parameters of the audit API as text, so that a malformed one is a 400 naming it rather than a 404, and
 * collects every invalid one before answering. An empty query parameter counts as absent.
 */
final class QueryParameters {

    private final List<FieldError> errors = new ArrayList<>();

    /** An integer of at least {@code min}, if given. */
    OptionalLong integer(String name, String value, long min) {
        if (value == null || value.isBlank()) {
            return OptionalLong.empty();
        }
        try {
            long number = Long.parseLong(value.strip());
            if (number >= min) {
                return OptionalLong.of(number);
            }
        } catch (NumberFormatException e) {
            // answered below, as any other value out of range
        }
        errors.add(new FieldError(name, "must be an integer from " + min + " to " + Long.MAX_VALUE));
        return OptionalLong.empty();
    }

    /** An integer from {@code min} to {@code max}, if given. */
    OptionalLong integer(String name, String value, long min, long max) {
        OptionalLong number = integer(name, value, min);
        if (number.isPresent() && number.getAsLong() > max) {
            errors.add(new FieldError(name, "must be an integer from " + min + " to " + max));
            return OptionalLong.empty();
        }
        return number;
    }

    /** A decision id: a UUID in its 36-character form. */
    Optional<UUID> uuid(String name, String value) {
        Optional<UUID> uuid = Uuids.parse(value);
        if (uuid.isEmpty()) {
            errors.add(new FieldError(name, "must be a UUID"));
        }
        return uuid;
    }

    void require(boolean given, String name) {
        if (!given) {
            errors.add(new FieldError(name, "is required"));
        }
    }

    /** Throws the 400 listing every invalid parameter, if any. */
    void validate() {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors.size() == 1 ? "A parameter is invalid."
                    : errors.size() + " parameters are invalid.", errors);
        }
    }
}
