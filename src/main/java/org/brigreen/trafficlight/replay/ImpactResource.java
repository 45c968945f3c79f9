package org.brigreen.trafficlight.replay;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.brigreen.trafficlight.http.Problem;
import org.brigreen.trafficlight.http.QueryParameters;
import org.brigreen.trafficlight.input.FieldError;
import org.brigreen.trafficlight.ratelimit.RateLimited;
import org.brigreen.trafficlight.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The impact of a rule-set version on past decisions. Both ends of the period are optional: without {@code from}
 * the analysis starts at the first record, without {@code to} it runs to the last record committed when it starts,
 * so that "every decision so far" needs no made-up dates. POST, not GET: each call is a fresh computation over a
 * log that grows, not a resource to cache.
 */
@Path("/v1/rulesets/{id}/versions/{version}/impact")
@Tag(name = "Rule sets", description = "The versioned rule sets the service classifies with.")
@RolesAllowed(Roles.REGULATOR)
@RateLimited
public class ImpactResource {

    private static final int MAX_NAME_LENGTH = 64;

    private final ImpactService service;

    public ImpactResource(ImpactService service) {
        this.service = service;
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Measure the impact of a rule-set version on past decisions",
            description = "Re-runs every decision made under this rule set in the period (from inclusive, to "
                    + "exclusive, either end open when left out; optionally only those made under one version) under "
                    + "this version, and counts the movements: a 3×3 matrix from recorded class to class under the "
                    + "version, the movements into and out of exclusion, and totals, with up to "
                    + ImpactTally.SAMPLES + " sample decision ids per movement. The log is streamed, not loaded; "
                    + "nothing is recorded.")
    @APIResponse(responseCode = "200", description = "The movements.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Impact.class),
                    examples = @ExampleObject(name = "2021.2-to-2022.1", summary = "Decisions made under 2021.2 "
                            + "re-run under 2022.1", value = ReplayExamples.IMPACT)))
    @APIResponse(responseCode = "400", description = "from or to is not an instant, or to is not after from.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad-period", value = ReplayExamples.BAD_PERIOD)))
    @APIResponse(responseCode = "404", description = "No such rule set or version.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown-version", value = ReplayExamples.IMPACT_UNKNOWN_VERSION)))
    @APIResponse(responseCode = "503", description = "The decision log cannot be read right now; retry.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unavailable", value = ReplayExamples.IMPACT_UNAVAILABLE)))
    public Impact impact(
            @Parameter(description = "Rule-set id.", example = "bri-traffic-light") @PathParam("id") String id,
            @Parameter(description = "The version to re-run the decisions under.", example = "2022.1")
            @PathParam("version") String version,
            @Parameter(description = "Decisions made at or after this instant (ISO 8601 with an offset, from "
                    + "0000-01-01T00:00:00Z to 9999-12-31T23:59:59.999999Z, inclusive); default: from the first "
                    + "record.", example = "2026-01-01T00:00:00Z")
            @QueryParam("from") String from,
            @Parameter(description = "Decisions made before this instant (ISO 8601 with an offset, in the same range, "
                    + "exclusive); default: up to the last record committed when the analysis starts.",
                    example = "2027-01-01T00:00:00Z")
            @QueryParam("to") String to,
            @Parameter(description = "Only decisions made under this version of the rule set; default: any version.",
                    example = "2021.2")
            @QueryParam("decidedUnder") String decidedUnder) {
        QueryParameters parameters = new QueryParameters();
        Instant start = from == null ? null : parameters.instant("from", from).orElse(null);
        Instant end = to == null ? null : parameters.instant("to", to).orElse(null);
        if (start != null && end != null && !end.isAfter(start)) {
            parameters.add(new FieldError("to", "must be after from"));
        }
        if (decidedUnder != null) {
            parameters.text("decidedUnder", decidedUnder, MAX_NAME_LENGTH);
        }
        parameters.validate("The period or version of the analysis is invalid.");
        return service.impact(id, version, start, end, decidedUnder);
    }
}
