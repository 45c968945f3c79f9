package org.brigreen.trafficlight.decisionlog;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.brigreen.trafficlight.classification.ClassificationAnswer;
import org.brigreen.trafficlight.classification.Decision;
import org.brigreen.trafficlight.classification.DecisionLog;
import org.brigreen.trafficlight.classification.ExampleAnswers;
import org.brigreen.trafficlight.http.FieldError;
import org.brigreen.trafficlight.http.InvalidRequestException;
import org.brigreen.trafficlight.http.Problem;
import org.brigreen.trafficlight.http.Problems;
import org.brigreen.trafficlight.rules.Language;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/decisions")
@Tag(name = "Decisions", description = "The recorded decisions.")
public class DecisionResource {

    private final DecisionLog decisionLog;

    public DecisionResource(DecisionLog decisionLog) {
        this.decisionLog = decisionLog;
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
        Decision decision = decisionLog.find(uuid(id))
                .orElseThrow(() -> new Problems.NotFound("There is no decision " + id + "."));
        Language language = Language.fromAcceptLanguage(acceptLanguage);
        return Response.ok(ClassificationAnswer.of(decision, language))
                .header(HttpHeaders.CONTENT_LANGUAGE, language.tag())
                .build();
    }

    private static UUID uuid(String id) {
        try {
            if (id.length() == 36) {
                return UUID.fromString(id);
            }
        } catch (IllegalArgumentException e) {
            // answered below, as any other malformed id
        }
        throw new InvalidRequestException("The decision id is not a UUID.", List.of(new FieldError("id", "must be a UUID")));
    }
}
