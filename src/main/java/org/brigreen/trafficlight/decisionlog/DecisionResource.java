package org.brigreen.trafficlight.decisionlog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import org.brigreen.trafficlight.classification.ClassificationAnswer;
import org.brigreen.trafficlight.classification.ExampleAnswers;
import org.brigreen.trafficlight.decision.RecordedDecision;
import org.brigreen.trafficlight.http.Problem;
import org.brigreen.trafficlight.http.QueryParameters;
import org.brigreen.trafficlight.ratelimit.RateLimited;
import org.brigreen.trafficlight.rules.Language;
import org.brigreen.trafficlight.security.Callers;
import org.brigreen.trafficlight.security.DecisionAccess;
import org.brigreen.trafficlight.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/decisions")
@Tag(name = "Decisions", description = "The recorded decisions.")
@RolesAllowed({Roles.LENDER, Roles.ENTERPRISE, Roles.REGULATOR})
@RateLimited
public class DecisionResource {

    private static final List<MediaType> REPRESENTATIONS = List.of(MediaType.APPLICATION_JSON_TYPE,
            MediaType.valueOf(DecisionExport.NDJSON), MediaType.valueOf(DecisionExport.CSV));

    private final DecisionAccess access;
    private final DecisionLogReader reader;
    private final DecisionExport export;
    private final Callers callers;

    public DecisionResource(DecisionAccess access, DecisionLogReader reader, DecisionExport export,
            Callers callers) {
        this.access = access;
        this.reader = reader;
        this.export = export;
        this.callers = callers;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, DecisionExport.NDJSON, DecisionExport.CSV})
    @Operation(summary = "Query or export the decision log",
            description = "The recorded decisions that match every filter given, in sequence order. As JSON "
                    + "(the default), a page of at most limit decisions and the cursor of the next page. As NDJSON "
                    + "or CSV (by Accept), every matching decision after the cursor, streamed as a download; the "
                    + "NDJSON lines carry the canonical records, so that the hash chain can be verified offline.")
    @APIResponse(responseCode = "200", description = "The matching decisions.",
            headers = @Header(name = "Content-Disposition", description = "For exports only: the file name.",
                    schema = @Schema(type = SchemaType.STRING, example = "attachment; filename=\"decisions.csv\"")),
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DecisionLogPage.class),
                            examples = @ExampleObject(name = "page", value = DecisionLogExamples.PAGE)),
                    @Content(mediaType = DecisionExport.NDJSON,
                            schema = @Schema(implementation = ExportedDecision.class),
                            examples = @ExampleObject(name = "ndjson", summary = "One line of the export",
                                    value = DecisionLogExamples.NDJSON_LINE)),
                    @Content(mediaType = DecisionExport.CSV, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "csv", value = DecisionLogExamples.CSV))})
    @APIResponse(responseCode = "400", description = "A query parameter is invalid: every invalid one is listed.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = DecisionLogExamples.INVALID_PROBLEM)))
    @APIResponse(responseCode = "503", description = "The decision log cannot be read right now; retry.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unavailable", value = DecisionLogExamples.UNAVAILABLE)))
    public Response list(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("class") String trafficLight, @QueryParam("excluded") String excluded,
            @QueryParam("sector") String sector, @QueryParam("country") String country,
            @QueryParam("ruleset") String ruleSet, @QueryParam("version") String version,
            @QueryParam("reference") String reference, @QueryParam("limit") String limit,
            @QueryParam("after") String after, @Context HttpHeaders headers) {
        DecisionLogQuery.Validated asked = new DecisionLogQuery(from, to, trafficLight, excluded, sector, country,
                ruleSet, version, reference, limit, after).validated();
        // A lender or enterprise reads its own organisation's part of the log only, in pages and exports alike.
        LogFilter filter = asked.filter().withOrg(callers.scope().orElse(null));
        MediaType representation = representation(headers);
        if (representation.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return Response.ok(page(filter, asked.limit()), MediaType.APPLICATION_JSON_TYPE).build();
        }
        boolean csv = representation.getSubtype().equals("csv");
        DecisionExport.Download download = csv ? export.csv(filter) : export.ndjson(filter);
        return Response.ok((StreamingOutput) download::writeTo, representation)
                .header("Content-Disposition",
                        "attachment; filename=\"decisions." + (csv ? "csv" : "ndjson") + "\"")
                .build();
    }

    private DecisionLogPage page(LogFilter filter, int limit) {
        // One more than asked tells whether there is a next page, without a count.
        List<LoggedDecision> read = reader.first(filter, limit + 1);
        List<DecisionLogEntry> items = read.stream().limit(limit).map(DecisionLogEntry::of).toList();
        String next = read.size() > limit ? DecisionCursor.after(items.get(limit - 1).seq()) : null;
        return new DecisionLogPage(items, next);
    }

    /** The first representation the caller accepts, in the order of its preferences; JSON when it has none. */
    private static MediaType representation(HttpHeaders headers) {
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            for (MediaType offered : REPRESENTATIONS) {
                if (accepted.isCompatible(offered)) {
                    return offered;
                }
            }
        }
        return MediaType.APPLICATION_JSON_TYPE;
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read a recorded decision",
            description = "The decision as it was given: same class, reasons and rule-set version.")
    @APIResponse(responseCode = "200", description = "The recorded decision.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ClassificationAnswer.class),
                    examples = @ExampleObject(name = "hydro", value = ExampleAnswers.ANSWER)))
    @APIResponse(responseCode = "400", description = "The id is not a UUID.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad-id", value = """
                            {"type": "urn:problem-type:traffic-light:invalid-request", "title": "Invalid request",
                             "status": 400, "detail": "The decision id is not a UUID.",
                             "instance": "/v1/decisions/42", "errors": [{"pointer": "id", "reason": "must be a UUID"}]}
                            """)))
    @APIResponse(responseCode = "404", description = "No decision has this id.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = """
                            {"type": "urn:problem-type:traffic-light:http-404", "title": "Not Found", "status": 404,
                             "detail": "There is no decision 019a8f3e-7c41-7d2a-9b1e-4f6a2c8d0e13.",
                             "instance": "/v1/decisions/019a8f3e-7c41-7d2a-9b1e-4f6a2c8d0e13"}
                            """)))
    @APIResponse(responseCode = "503", description = "The decision log cannot be read right now; retry.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unavailable", value = """
                            {"type": "urn:problem-type:traffic-light:decision-log-unavailable",
                             "title": "Service Unavailable", "status": 503,
                             "detail": "The decision log cannot be read right now. Retry shortly.",
                             "instance": "/v1/decisions/019a8f3e-7c41-7d2a-9b1e-4f6a2c8d0e13"}
                            """)))
    public Response get(
            @Parameter(description = "The decision id.", example = "019a8f3e-7c41-7d2a-9b1e-4f6a2c8d0e13")
            @PathParam("id") String id,
            @Parameter(description = "Language of the texts: zh (zh-CN) or en; default en.", example = "zh-CN")
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        RecordedDecision decision = access.visible(QueryParameters.pathId("decision", id));
        Language language = Language.fromAcceptLanguage(acceptLanguage);
        return Response.ok(ClassificationAnswer.of(decision, language))
                .header(HttpHeaders.CONTENT_LANGUAGE, language.tag())
                .build();
    }
}
