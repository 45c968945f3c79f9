package org.brigreen.trafficlight.replay;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem for a decision that is not reproduced, carrying the replay as an extension member. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "RFC 9457 problem details for a recorded decision that its own rule-set version does not "
        + "reproduce, with the replay that shows where they differ.")
public record IntegrityProblem(
        @Schema(description = "URI reference that identifies the problem type.",
                example = "urn:problem-type:traffic-light:integrity-error")
        String type,

        @Schema(description = "Short summary of the problem type.", example = "Integrity error")
        String title,

        @Schema(description = "HTTP status code.", example = "409")
        int status,

        @Schema(description = "What does not agree: the decision, the version and where they differ.",
                example = "Decision 019a8f3e-7c41-7d2a-9b1e-4f6a2c8d0e13 is not reproduced by bri-traffic-light 2022.1 "
                        + "(sha256:f7769119892ad180f3102194fd967f7369dcc1572491659e493bff5378422c30): 1 difference, at "
                        + "[/assessment/trafficLight].")
        String detail,

        @Schema(description = "The request path.",
                example = "/v1/decisions/019a8f3e-7c41-7d2a-9b1e-4f6a2c8d0e13/replay")
        String instance,

        @Schema(description = "The replay, with reproduced false and the differences; absent when the version that "
                + "decided is not loaded at all.")
        Replay replay) {

    static final String TYPE = "urn:problem-type:traffic-light:integrity-error";
}
