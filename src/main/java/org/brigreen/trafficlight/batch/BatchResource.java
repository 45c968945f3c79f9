package org.brigreen.trafficlight.batch;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.brigreen.trafficlight.classification.ClassificationService;
import org.brigreen.trafficlight.decision.DescriptorParser;
import org.brigreen.trafficlight.http.BodySizeLimit;
import org.brigreen.trafficlight.http.Problem;
import org.brigreen.trafficlight.ratelimit.RateLimited;
import org.brigreen.trafficlight.rules.RuleSet;
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

@Path(BatchResource.PATH)
@Tag(name = "Portfolio screening", description = "Classify a whole portfolio in one request, and summarise it.")
@RateLimited
public class BatchResource {

    static final String PATH = BodySizeLimit.BATCH_PATH;

    private final ClassificationService classification;
    private final DescriptorParser descriptors;
    private final PortfolioScreening screening;
    private final Callers callers;

    public BatchResource(ClassificationService classification, DescriptorParser descriptors,
            PortfolioScreening screening, Callers callers) {
        this.classification = classification;
        this.descriptors = descriptors;
        this.screening = screening;
        this.callers = callers;
    }

    @POST
    @RolesAllowed({Roles.LENDER, Roles.ENTERPRISE})
    @Consumes({BatchBody.NDJSON, BatchBody.CSV})
    @Produces(BatchBody.NDJSON)
    @Operation(summary = "Classify a portfolio",
            description = "Classifies up to 100,000 project descriptors under one rule-set version (the default, or "
                    + "the one pinned with ruleset and version) and records every decision in the decision log, "
                    + "with the batch id. The results stream back as NDJSON, one line per descriptor in input order, "
                    + "each written once its decision is committed; a line that is not a valid descriptor gets its "
                    + "own problem and the batch goes on. The body is NDJSON (one descriptor per line; blank lines "
                    + "are skipped) or CSV with a header naming descriptor fields in dotted form (site.protectedArea), "
                    + "an empty cell for an absent field and list values separated by |. If the decision log fails "
                    + "midway, the first line not recorded gets a 503 problem and the results end there.")
    @RequestBody(required = true, description = "The descriptors: at most 100,000, and at most 64 MiB.",
            content = {
                    @Content(mediaType = BatchBody.NDJSON, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "ndjson", value = BatchExamples.NDJSON)),
                    @Content(mediaType = BatchBody.CSV, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "csv", value = BatchExamples.CSV))})
    @APIResponse(responseCode = "201", description = "The batch is recorded; its results follow, one per line.",
            headers = @Header(name = "Location", description = "The batch's summary.",
                    schema = @Schema(type = SchemaType.STRING, example = "/v1/batches/019a8f3e-7c41-7d2a-9b1e-4f6a2c8d0e13")),
            content = @Content(mediaType = BatchBody.NDJSON, schema = @Schema(implementation = BatchResult.class),
                    examples = @ExampleObject(name = "results", value = BatchExamples.RESULTS)))
    @APIResponse(responseCode = "400", description = "The body is not a batch: it is empty, not valid CSV, or its CSV "
            + "header names unknown fields. (Invalid descriptors are answered line by line.)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "header", value = BatchExamples.INVALID_HEADER)))
    @APIResponse(responseCode = "404", description = "No such rule set or version.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown-version", value = BatchExamples.UNKNOWN_VERSION)))
    @APIResponse(responseCode = "413", description = "More than 100,000 descriptors, or a body over 64 MiB.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "too-large", value = BatchExamples.TOO_LARGE)))
    @APIResponse(responseCode = "415", description = "The body is neither application/x-ndjson nor text/csv.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "media-type", value = BatchExamples.UNSUPPORTED)))
    @APIResponse(responseCode = "503", description = "The batch cannot be recorded right now; nothing was classified.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unavailable", value = BatchExamples.UNAVAILABLE)))
    public Response screen(
            byte[] body,
            @Parameter(description = "Rule set to classify under; default: the configured rule set.",
                    example = "bri-traffic-light")
            @QueryParam("ruleset") @Size(max = 64) String ruleset,
            @Parameter(description = "Version to pin; default: the newest published version in effect.",
                    example = "2022.1")
            @QueryParam("version") @Size(max = 64) String version,
            @Context HttpHeaders headers) {
        BodySizeLimit.checkBatch(body);
        RuleSet ruleSet = classification.ruleSet(ruleset, version);
        BatchBody lines = BatchBody.of(mediaTypeOf(headers), body, descriptors);
        Batch batch = screening.start(callers.classifying(), ruleSet, lines.size());
        StreamingOutput results = out -> screening.screen(batch, ruleSet, lines, out);
        // A path, not Response.created(URI), which would resolve it against the request's (forgeable) Host.
        return Response.status(Response.Status.CREATED).header(HttpHeaders.LOCATION, "/v1/batches/" + batch.id())
                .entity(results).build();
    }

    private static String mediaTypeOf(HttpHeaders headers) {
        MediaType type = headers.getMediaType();
        return type.getType() + "/" + type.getSubtype();
    }
}
