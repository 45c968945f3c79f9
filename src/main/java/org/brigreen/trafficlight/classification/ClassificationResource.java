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
import org.brigreen.trafficlight.http.BodySizeLimit;
import org.brigreen.trafficlight.http.RequestContexts;
import org.brigreen.trafficlight.idempotency.IdempotencyKeys;
import org.brigreen.trafficlight.ratelimit.RateLimited;
import org.brigreen.trafficlight.rules.Language;
import org.brigreen.trafficlight.security.Callers;
import org.brigreen.trafficlight.security.Roles;

@Path("/v1/classifications")
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
    public CompletionStage<Response> classify(
            byte[] body,
            @QueryParam("ruleset") @Size(max = 64) String ruleset,
            @QueryParam("version") @Size(max = 64) String version,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        BodySizeLimit.check(body);
        ProjectDescriptor descriptor = descriptors.parse(body);
        Caller caller = callers.classifying();
        Language language = Language.fromAcceptLanguage(acceptLanguage);
        return service.classify(descriptor, ruleset, version, caller, idempotencyKey, body,
                        RequestContexts.current())
                // A path, not Response.created(URI), which would resolve it against the request's (forgeable) Host.
                .thenApply(decision -> Response.status(Response.Status.CREATED)
                        .header(HttpHeaders.LOCATION, "/v1/decisions/" + decision.decision().id())
                        .header(HttpHeaders.CONTENT_LANGUAGE, language.tag())
                        .entity(ClassificationAnswer.of(decision, language))
                        .build());
    }
}
