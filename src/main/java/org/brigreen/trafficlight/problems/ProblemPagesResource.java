package org.brigreen.trafficlight.problems;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.brigreen.trafficlight.http.Problem;
import org.brigreen.trafficlight.http.ProblemType;
import org.brigreen.trafficlight.input.NotFoundException;
import org.brigreen.trafficlight.web.Pages;

/**
 * The pages that document the problem types, for people, at the URL each problem's {@code type} names: what the
 * problem means, what to do, and an example of it as the API answers it.
 */
@Path("/problems")
public class ProblemPagesResource {

    /** A problem of the type as the API answers it; {@link ProblemType#HTTP_ERROR} with one of the rarer statuses. */
    private record Example(String title, String detail, String instance) {
    }

    private static final Map<ProblemType, Example> EXAMPLES = Map.ofEntries(
            Map.entry(ProblemType.INVALID_REQUEST, new Example("Invalid request", "The project descriptor has 1 invalid field.", "/v1/classifications")),
            Map.entry(ProblemType.UNAUTHORIZED, new Example("Unauthorized", "The bearer token is not valid.", "/v1/classifications")),
            Map.entry(ProblemType.FORBIDDEN, new Example("Forbidden", "Your role may not do this.", "/v1/classifications")),
            Map.entry(ProblemType.FORM_TOKEN_REFUSED, new Example("Forbidden", "The form was not sent from this service's page. Open the page again and send it from there.", "/app/appeals/019a8f3e-7c41-7d2a-9b1e-4f6a2c8d0e13/ruling")),
            Map.entry(ProblemType.HTTP_404, new Example("Not Found", "There is no decision 019a8f3e-7c41-7d2a-9b1e-4f6a2c8d0e13.", "/v1/decisions/019a8f3e-7c41-7d2a-9b1e-4f6a2c8d0e13")),
            Map.entry(ProblemType.UNKNOWN_RULE_SET, new Example("Not Found", "Rule set 'bri-traffic-light' has no version '2019.1'. Loaded: [2021.2, 2022.1].", "/v1/classifications")),
            Map.entry(ProblemType.HTTP_405, new Example("Method Not Allowed", "This method is not allowed here.", "/v1/classifications")),
            Map.entry(ProblemType.HTTP_406, new Example("Not Acceptable", "The answer cannot be given in any media type the request accepts.", "/v1/decisions")),
            Map.entry(ProblemType.IDEMPOTENCY_KEY_IN_FLIGHT, new Example("Conflict", "A request with this Idempotency-Key is still being served. Retry shortly to get its answer.", "/v1/classifications")),
            Map.entry(ProblemType.IDEMPOTENCY_KEY_BATCH_CUT_OFF, new Example("Conflict", "The batch this Idempotency-Key began, 019a8f3e-7c41-7d2a-9b1e-4f6a2c8d0e13, stopped with its service before it ended, so its results cannot be given again. GET /v1/batches/019a8f3e-7c41-7d2a-9b1e-4f6a2c8d0e13 counts the decisions it recorded; send the lines it did not decide with a new key.", "/v1/classifications/batch")),
            Map.entry(ProblemType.APPEAL_PENDING, new Example("Conflict", "Appeal 019a8f3e-7c41-7d2a-9b1e-4f6a2c8d0e13 against decision 01a1fd36-f909-70be-959a-e097035e75ee is pending; a decision is appealed one at a time.", "/v1/decisions/01a1fd36-f909-70be-959a-e097035e75ee/appeals")),
            Map.entry(ProblemType.APPEAL_RULED, new Example("Conflict", "Appeal 019a8f3e-7c41-7d2a-9b1e-4f6a2c8d0e13 was upheld; a ruling is final.", "/v1/appeals/019a8f3e-7c41-7d2a-9b1e-4f6a2c8d0e13/ruling")),
            Map.entry(ProblemType.DECISION_SUPERSEDED, new Example("Conflict", "Decision 01a1fd36-f909-70be-959a-e097035e75ee is superseded by the decision made when its appeal was upheld; appeal that one.", "/v1/decisions/01a1fd36-f909-70be-959a-e097035e75ee/appeals")),
            Map.entry(ProblemType.LOG_DAMAGED, new Example("Conflict", "The decision log is damaged at seq 19 (record_hash_mismatch); no proof is given over it.", "/v1/decisions/01a1fd36-f909-70be-959a-e097035e75ee/proof")),
            Map.entry(ProblemType.INTEGRITY_ERROR, new Example("Integrity error", "Replaying decision 01a1fd36-f909-70be-959a-e097035e75ee under bri-traffic-light 2022.1 did not reproduce its record.", "/v1/decisions/01a1fd36-f909-70be-959a-e097035e75ee/replay")),
            Map.entry(ProblemType.HTTP_413, new Example("Request Entity Too Large", "A batch holds at most 100000 descriptors; send the rest in another batch.", "/v1/classifications/batch")),
            Map.entry(ProblemType.HTTP_414, new Example("Request-URI Too Long", "The request URI is longer than 4096 characters.", "/v1/decisions")),
            Map.entry(ProblemType.HTTP_415, new Example("Unsupported Media Type", "The request body's media type is not accepted here.", "/v1/classifications")),
            Map.entry(ProblemType.IDEMPOTENCY_KEY_REUSED, new Example("Unprocessable Content", "This Idempotency-Key was used for a different request. Use a new key for a new request.", "/v1/classifications")),
            Map.entry(ProblemType.RATE_LIMITED, new Example("Too Many Requests", "Too many requests from your organisation. Retry after the time given in Retry-After.", "/v1/classifications")),
            Map.entry(ProblemType.HTTP_431, new Example("Request Header Fields Too Large", "The request's header fields are larger than 20480 bytes in all.", "/v1/classifications")),
            Map.entry(ProblemType.HTTP_ERROR, new Example("Precondition Failed", "The request cannot be served.", "/v1/classifications")),
            Map.entry(ProblemType.INTERNAL_ERROR, new Example("Internal Server Error", "The request could not be served. It has been logged.", "/v1/classifications")),
            Map.entry(ProblemType.DECISION_LOG_UNAVAILABLE, new Example("Service Unavailable", "The decision could not be recorded. Retry shortly.", "/v1/classifications")),
            Map.entry(ProblemType.SIGN_IN_NOT_CONFIGURED, new Example("Service Unavailable", "Sign-in is not configured on this service.", "/app")));
    private static final int RARE_STATUS = 412;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance problems(List<ProblemPage> types);

        static native TemplateInstance problem(ProblemPage type);
    }

    /** One type on its page: its name, status and example. */
    public record ProblemPage(String name, int status, String example) {
    }

    private final Pages pages;
    private final ObjectMapper json;

    public ProblemPagesResource(Pages pages, ObjectMapper mapper) {
        this.pages = pages;
        this.json = mapper.copy().enable(SerializationFeature.INDENT_OUTPUT);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response problems(@Context HttpHeaders headers, @Context UriInfo uri) {
        List<ProblemPage> types = Arrays.stream(ProblemType.values()).map(this::page).toList();
        return pages.page(Templates.problems(types), pages.language(headers, uri), null, uri);
    }

    @GET
    @Path("/{name}")
    @Produces(MediaType.TEXT_HTML)
    public Response problem(@PathParam("name") String name, @Context HttpHeaders headers, @Context UriInfo uri) {
        ProblemType type = ProblemType.named(name)
                .orElseThrow(() -> new NotFoundException("There is no problem type " + name + "."));
        return pages.page(Templates.problem(page(type)), pages.language(headers, uri), null, uri);
    }

    private ProblemPage page(ProblemType type) {
        Example example = EXAMPLES.get(type);
        int status = type.status() == 0 ? RARE_STATUS : type.status();
        try {
            return new ProblemPage(type.wireName(), type.status(), json.writeValueAsString(
                    Problem.of(type, example.title(), status, example.detail(), example.instance())));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
