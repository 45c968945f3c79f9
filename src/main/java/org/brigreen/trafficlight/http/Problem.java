package org.brigreen.trafficlight.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.brigreen.trafficlight.input.FieldError;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail, as every error of the API is answered. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details, served as application/problem+json.")
public record Problem(
        @Schema(description = "URI reference that identifies the problem type.",
                example = "urn:problem-type:traffic-light:invalid-request")
        String type,

        @Schema(description = "Short summary of the problem type.", example = "Invalid request")
        String title,

        @Schema(description = "HTTP status code.", example = "400")
        int status,

        @Schema(description = "What went wrong with this request.", example = "The project descriptor has 2 invalid fields.")
        String detail,

        @Schema(description = "The request path.", example = "/v1/classifications")
        String instance,

        @Schema(description = "Every invalid field, for 400 responses.",
                example = "[{\"pointer\": \"/sector\", \"reason\": \"unknown value 'coal'\", "
                        + "\"allowedValues\": [\"coal_power\", \"coal_mining\"]}]")
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:problem-type:traffic-light:";

    public static Problem of(String type, String title, int status, String detail, String instance) {
        return new Problem(TYPE_PREFIX + type, title, status, detail, instance, List.of());
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, fieldErrors);
    }
}
