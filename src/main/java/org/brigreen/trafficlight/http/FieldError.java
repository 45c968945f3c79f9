package org.brigreen.trafficlight.http;

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

    public FieldError(String pointer, String reason) {
        this(pointer, reason, List.of());
    }
}
