package org.brigreen.trafficlight.input;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One invalid field of a request: where it is, what is wrong, and what would be accepted. */
@Schema(description = "One invalid field of the request.")
public record FieldError(
        @Schema(description = "JSON pointer (RFC 6901) to the field in the request body (empty for the whole "
                + "body), or the name of the path or query parameter.", example = "/sector")
        String pointer,

        @Schema(description = "What is wrong with it.", example = "unknown value 'coal'")
        String reason,

        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @Schema(description = "The values that would be accepted, where there is a fixed list.",
                example = "[\"coal_power\", \"coal_mining\"]")
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
