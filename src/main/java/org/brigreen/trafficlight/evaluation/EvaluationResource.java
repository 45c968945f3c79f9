package org.brigreen.trafficlight.evaluation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.brigreen.trafficlight.batch.BatchBody;
import org.brigreen.trafficlight.decision.DescriptorParser;
import org.brigreen.trafficlight.decision.ProjectDescriptor;
import org.brigreen.trafficlight.http.BodySizeLimit;
import org.brigreen.trafficlight.http.RequiredContentType;
import org.brigreen.trafficlight.ratelimit.RateLimited;
import org.brigreen.trafficlight.rules.Language;
import org.brigreen.trafficlight.rules.RuleSet;
import org.brigreen.trafficlight.security.Roles;

/**
 * Evaluations: what a classification would answer, under any version, drafts included, with nothing recorded. The
 * same callers may ask, with the same body, checks and limits as a classification.
 */
@Path("/v1/evaluations")
@RateLimited
public class EvaluationResource {

    private final EvaluationService service;
    private final DescriptorParser descriptors;

    public EvaluationResource(EvaluationService service, DescriptorParser descriptors) {
        this.service = service;
        this.descriptors = descriptors;
    }

    @POST
    @RolesAllowed({Roles.LENDER, Roles.ENTERPRISE})
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response evaluate(
            byte[] body,
            @QueryParam("ruleset") @Size(max = 64) String ruleset,
            @QueryParam("version") @Size(max = 64) String version,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        BodySizeLimit.check(body);
        ProjectDescriptor descriptor = descriptors.parse(body);
        RuleSet ruleSet = service.ruleSet(ruleset, version);
        Language language = Language.fromAcceptLanguage(acceptLanguage);
        return Response.ok(service.evaluate(descriptor, ruleSet, language))
                .header(HttpHeaders.CONTENT_LANGUAGE, language.tag())
                .build();
    }

    @POST
    @Path("batch")
    @RolesAllowed({Roles.LENDER, Roles.ENTERPRISE})
    @Consumes({BatchBody.NDJSON, BatchBody.CSV})
    @Produces(BatchBody.NDJSON)
    public Response evaluateBatch(
            byte[] body,
            @QueryParam("ruleset") @Size(max = 64) String ruleset,
            @QueryParam("version") @Size(max = 64) String version,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @Context HttpHeaders headers) {
        BodySizeLimit.checkBatch(body);
        RuleSet ruleSet = service.ruleSet(ruleset, version);
        BatchBody lines = BatchBody.of(RequiredContentType.essence(headers), body, descriptors,
                BodySizeLimit.EVALUATION_BATCH_PATH);
        Language language = Language.fromAcceptLanguage(acceptLanguage);
        StreamingOutput results = out -> service.evaluateAll(lines, ruleSet, language, out);
        return Response.ok(results).header(HttpHeaders.CONTENT_LANGUAGE, language.tag()).build();
    }
}
