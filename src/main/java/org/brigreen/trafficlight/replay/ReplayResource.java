package org.brigreen.trafficlight.replay;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.brigreen.trafficlight.decision.RecordedDecision;
import org.brigreen.trafficlight.http.Problem;
import org.brigreen.trafficlight.http.QueryParameters;
import org.brigreen.trafficlight.input.FieldError;
import org.brigreen.trafficlight.input.InvalidRequestException;
import org.brigreen.trafficlight.ratelimit.RateLimited;
import org.brigreen.trafficlight.rules.Language;
import org.brigreen.trafficlight.security.DecisionAccess;
import org.brigreen.trafficlight.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Replays a recorded decision. A replay under the version that decided that does not give the recorded assessment
 * back is answered {@code 409 Conflict}, as problem+json of type {@code integrity-error}, not as a 200 with
 * {@code reproduced: false}: the log and the rules it cites disagree, which is a failure a regulator must not be
 * able to overlook. Every HTTP client, script ({@code curl --fail}) and monitor treats a 4xx as a failure, while a
 * flag in a 200 is seen only by those who read it. 409, not 500: the service works as designed and the condition is
 * not transient (retrying gives the same answer); it is the state of the log that conflicts with the state of the
 * rule files. The problem carries the whole replay, so the evidence is in the answer either way.
 */
@Path("/v1/decisions/{id}/replay")
@Tag(name = "Decisions", description = "The recorded decisions.")
@RolesAllowed({Roles.LENDER, Roles.ENTERPRISE, Roles.REGULATOR})
@RateLimited
public class ReplayResource {

    private static final int MAX_NAME_LENGTH = 64;

    private final ReplayService service;
    private final DecisionAccess access;

    public ReplayResource(ReplayService service, DecisionAccess access) {
        this.service = service;
        this.access = access;
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replay a recorded decision",
            description = "Assesses the recorded descriptor again; nothing is recorded. Without version: under the "
                    + "very rule-set version that decided, which must be loaded with the recorded digest and must "
                    + "give the recorded assessment exactly (class, excluded flag, reasons, actions, remedies, "
                    + "missing facts, EP4), compared as canonical JSON: 200 with reproduced true, or 409 "
                    + "integrity-error with the differences. With version (and optionally ruleset, default the rule "
                    + "set that decided): what that version would conclude, with the class movement and the rules "
                    + "added to and removed from the reasons.")
    @APIResponse(responseCode = "200", description = "The replay: reproduced, or compared with another version.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Replay.class),
                    examples = {
                            @ExampleObject(name = "comparison", summary = "A solar park in a conflict-affected area, "
                                    + "decided under 2022.1, replayed under 2021.2", value = ReplayExamples.COMPARISON),
                            @ExampleObject(name = "reproduction", summary = "Replayed under the version that decided",
                                    value = ReplayExamples.REPRODUCTION)}))
    @APIResponse(responseCode = "400", description = "The id is not a UUID, or ruleset is given without version.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad-id", value = ReplayExamples.BAD_ID)))
    @APIResponse(responseCode = "404", description = "No decision has this id, or no such rule set or version.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {
                            @ExampleObject(name = "unknown-decision", value = ReplayExamples.UNKNOWN_DECISION),
                            @ExampleObject(name = "unknown-version", value = ReplayExamples.UNKNOWN_VERSION)}))
    @APIResponse(responseCode = "409", description = "Integrity error: the version that decided does not reproduce "
            + "the record (its files changed since, shown by the digest, or the record differs from what they give), "
            + "or it is no longer loaded. The problem carries the replay and every difference.",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = IntegrityProblem.class),
                    examples = @ExampleObject(name = "not-reproduced", value = ReplayExamples.NOT_REPRODUCED)))
    @APIResponse(responseCode = "503", description = "The decision log cannot be read right now; retry.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unavailable", value = ReplayExamples.UNAVAILABLE)))
    public Response replay(
            @Parameter(description = "The decision id.", example = "019a8f3e-7c41-7d2a-9b1e-4f6a2c8d0e13")
            @PathParam("id") String id,
            @Parameter(description = "Rule set to replay under; default: the rule set that decided. Needs version.",
                    example = "bri-traffic-light")
            @QueryParam("ruleset") String ruleset,
            @Parameter(description = "Version to replay under; default: the version that decided, whose result "
                    + "must then be the recorded one.", example = "2021.2")
            @QueryParam("version") String version,
            @Parameter(description = "Language of the texts: zh (zh-CN) or en; default en.", example = "zh-CN")
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        checkQuery(ruleset, version);
        Language language = Language.fromAcceptLanguage(acceptLanguage);
        RecordedDecision decision = access.visible(QueryParameters.pathId("decision", id));
        return Response.ok(service.replay(decision.decision(), ruleset, version, language))
                .header(HttpHeaders.CONTENT_LANGUAGE, language.tag())
                .build();
    }

    private static void checkQuery(String ruleset, String version) {
        if (ruleset != null && version == null) {
            throw new InvalidRequestException("A rule set to replay under needs a version.",
                    List.of(new FieldError("version", "is required when ruleset is given")));
        }
        QueryParameters parameters = new QueryParameters();
        if (ruleset != null) {
            parameters.text("ruleset", ruleset, MAX_NAME_LENGTH);
        }
        if (version != null) {
            parameters.text("version", version, MAX_NAME_LENGTH);
        }
        parameters.validate(invalid -> "The " + invalid.get(0).pointer() + " parameter is not a rule-set name.");
    }

}
