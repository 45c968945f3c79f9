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
import org.brigreen.trafficlight.http.QueryParameters;
import org.brigreen.trafficlight.input.FieldError;
import org.brigreen.trafficlight.input.InvalidRequestException;
import org.brigreen.trafficlight.ratelimit.RateLimited;
import org.brigreen.trafficlight.rules.Language;
import org.brigreen.trafficlight.security.DecisionAccess;
import org.brigreen.trafficlight.security.Roles;

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
    public Response replay(
            @PathParam("id") String id,
            @QueryParam("ruleset") String ruleset,
            @QueryParam("version") String version,
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
