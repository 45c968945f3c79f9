package org.brigreen.trafficlight.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.brigreen.trafficlight.input.FieldError;

/** An RFC 9457 problem detail, as every error of the API is answered. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        String type,

        String title,

        int status,

        String detail,

        String instance,

        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static Problem of(ProblemType type, String title, int status, String detail, String instance) {
        return new Problem(type.uri(), title, status, detail, instance, List.of());
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, fieldErrors);
    }
}
