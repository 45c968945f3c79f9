package org.brigreen.trafficlight.classification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.CompletionStage;
import org.brigreen.trafficlight.decision.Caller;
import org.brigreen.trafficlight.decision.DescriptorParser;
import org.brigreen.trafficlight.decision.ProjectDescriptor;
import org.brigreen.trafficlight.http.Problem;
import org.brigreen.trafficlight.http.RequestContexts;
import org.brigreen.trafficlight.ratelimit.RateLimited;
import org.brigreen.trafficlight.rules.Language;
import org.brigreen.trafficlight.security.Callers;
import org.brigreen.trafficlight.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/classifications")
@Tag(name = "Classification", description = "Classify a project as red, amber or green.")
@RateLimited
public class ClassificationResource {

    private final ClassificationService service;
    private final DescriptorParser descriptors;
    private final Callers callers;

    public ClassificationResource(ClassificationService service, DescriptorParser descriptors, Callers callers) {
        this.service = service;
        this.descriptors = descriptors;
        this.callers = callers;
    }

    @POST
    @RolesAllowed({Roles.LENDER, Roles.ENTERPRISE})
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Classify a project",
            description = "Classifies the project under the default rule-set version, or the one pinned with "
                    + "ruleset and version, records the decision with the caller's organisation, subject and "
                    + "purpose (loan_screening for a lender, self_check for an enterprise), and answers once the "
                    + "record is committed. With an Idempotency-Key, a retry is answered the first decision again.")
    @RequestBody(required = true, description = "The project descriptor (at most 256 KiB).",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProjectDescriptor.class),
                    examples = @ExampleObject(name = "solar", summary = "A solar park with an approved EIA",
                            value = DescriptorExamples.SOLAR)))
    @APIResponse(responseCode = "201", description = "Classified and recorded.",
            headers = @Header(name = "Location", description = "Where the recorded decision can be read again.",
                    schema = @Schema(type = SchemaType.STRING, example = "/v1/decisions/019a8f3e-7c41-7d2a-9b1e-4f6a2c8d0e13")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ClassificationAnswer.class),
                    examples = @ExampleObject(name = "hydro", summary = "A reservoir hydro plant, lifted one step",
                            value = ExampleAnswers.ANSWER)))
    @APIResponse(responseCode = "400", description = "The body is not a valid project descriptor: every invalid "
            + "field is listed.", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "invalid",
            value = DescriptorExamples.INVALID_PROBLEM)))
    @APIResponse(responseCode = "404", description = "No such rule set or version.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown-version", value = DescriptorExamples.UNKNOWN_VERSION)))
    @APIResponse(responseCode = "409", description = "A request with the same Idempotency-Key is still being "
            + "served; retry after Retry-After seconds to get its answer.",
            headers = @Header(name = "Retry-After", description = "Seconds to wait before retrying.",
                    schema = @Schema(type = SchemaType.INTEGER, example = "1")),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "in-flight", value = DescriptorExamples.KEY_IN_FLIGHT)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for a different request.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "key-reused", value = DescriptorExamples.KEY_REUSED)))
    @APIResponse(responseCode = "413", description = "The body is larger than 256 KiB.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "too-large", value = DescriptorExamples.TOO_LARGE)))
    @APIResponse(responseCode = "415", description = "The body is not application/json.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "media-type", value = DescriptorExamples.UNSUPPORTED)))
    @APIResponse(responseCode = "503", description = "The decision could not be recorded, so none is given; retry.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unavailable", value = DescriptorExamples.UNAVAILABLE)))
    public CompletionStage<Response> classify(
            byte[] body,
            @Parameter(description = "Rule set to classify under; default: the configured rule set.",
                    example = "bri-traffic-light")
            @QueryParam("ruleset") @Size(max = 64) String ruleset,
            @Parameter(description = "Version to pin; default: the newest published version in effect.",
                    example = "2022.1")
            @QueryParam("version") @Size(max = 64) String version,
            @Parameter(description = "Language of the texts in the answer: zh (zh-CN) or en; default en.",
                    example = "zh-CN")
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @Parameter(description = "A key unique to this request (IETF httpapi Idempotency-Key, 1 to 255 printable "
                    + "ASCII characters, quoted or not), scoped to the caller's organisation and kept 24 hours by "
                    + "default: a retry with the same key and the same request (body, ruleset, version) is answered "
                    + "the decision of the first, and records no second decision.",
                    example = "\"8e03978e-40d5-43e8-bc93-6894a57f9324\"")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        ProjectDescriptor descriptor = descriptors.parse(body);
        Caller caller = callers.classifying();
        Language language = Language.fromAcceptLanguage(acceptLanguage);
        return service.classifyOnce(descriptor, ruleset, version, caller, idempotencyKey, body,
                        RequestContexts.current())
                // A path, not Response.created(URI), which would resolve it against the request's (forgeable) Host.
                .thenApply(decision -> Response.status(Response.Status.CREATED)
                        .header(HttpHeaders.LOCATION, "/v1/decisions/" + decision.decision().id())
                        .header(HttpHeaders.CONTENT_LANGUAGE, language.tag())
                        .entity(ClassificationAnswer.of(decision, language))
                        .build());
    }
}
