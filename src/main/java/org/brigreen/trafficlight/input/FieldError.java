package org.brigreen.trafficlight.input;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** One invalid field of a request: where it is, what is wrong, and what would be accepted. */
public record FieldError(
        String pointer,

        String reason,

        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        List<String> allowedValues) {

    /** The longest part of a sent value that a reason quotes, in characters. */
    private static final int MAX_QUOTED = 64;

    public FieldError(String pointer, String reason) {
        this(pointer, reason, List.of());
    }

    /** A value outside {@code allowed}, quoted in the reason, cut at {@value #MAX_QUOTED} characters. */
    public static FieldError unknownValue(String pointer, String value, List<String> allowed) {
        String quoted = value.codePointCount(0, value.length()) <= MAX_QUOTED ? value
                : value.substring(0, value.offsetByCodePoints(0, MAX_QUOTED)) + "…";
        return new FieldError(pointer, "unknown value '" + quoted + "'", allowed);
    }
}
