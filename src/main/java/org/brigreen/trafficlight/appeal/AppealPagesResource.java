package org.brigreen.trafficlight.appeal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.brigreen.trafficlight.http.QueryParameters;
import org.brigreen.trafficlight.input.FieldError;
import org.brigreen.trafficlight.input.InvalidRequestException;
import org.brigreen.trafficlight.ratelimit.RateLimited;
import org.brigreen.trafficlight.rules.Language;
import org.brigreen.trafficlight.security.Callers;
import org.brigreen.trafficlight.security.Roles;
import org.brigreen.trafficlight.web.FormToken;
import org.brigreen.trafficlight.web.Pages;

/**
 * Appeals in the browser: the organisation that received a decision files one from the decision's page, and a
 * regulator rules on the list of appeals. The forms are read as the API reads its bodies, by the same service, so
 * that a page refuses what the API refuses, in its words; after a step the browser is sent on (post, redirect, get),
 * and a form sent twice is one step, as the API's is.
 */
@Path("/app/appeals")
@RolesAllowed({Roles.LENDER, Roles.ENTERPRISE, Roles.REGULATOR})
@RateLimited
public class AppealPagesResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance appeals(AppealsPage page);

        static native TemplateInstance filing(FilingPage page);
    }

    private final AppealService service;
    private final AppealRequests requests;
    private final Pages pages;
    private final FormToken formToken;
    private final Callers callers;
    private final ObjectMapper json;

    public AppealPagesResource(AppealService service, AppealRequests requests, Pages pages, FormToken formToken,
            Callers callers, ObjectMapper json) {
        this.service = service;
        this.requests = requests;
        this.pages = pages;
        this.formToken = formToken;
        this.callers = callers;
        this.json = json;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response list(@Context HttpHeaders headers, @Context UriInfo uri) {
        return render(AppealsPage.of(rows(), rules(), formToken.current()), headers, uri, 200);
    }

    /** Files an appeal from a decision's page; the browser is sent back to the decision, which lists it. */
    @POST
    @Path("filed")
    @RolesAllowed({Roles.LENDER, Roles.ENTERPRISE})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response file(MultivaluedMap<String, String> form, @Context HttpHeaders headers, @Context UriInfo uri) {
        formToken.check(form.getFirst(FormToken.FIELD));
        String decision = form.getFirst("decision");
        UUID decisionId = QueryParameters.pathId("decision", decision);
        String statement = form.getFirst("statement");
        String descriptor = form.getFirst("descriptor");
        try {
            AppealRequests.FilingRequest filing = requests.filing(filingBody(statement, descriptor));
            service.file(decisionId, filing.statement(), filing.descriptor());
            return seeOther("/app/decisions/" + decisionId + "#appeals-heading");
        } catch (InvalidRequestException e) {
            String statementProblem = null;
            List<String> descriptorProblems = new ArrayList<>();
            for (FieldError error : e.errors()) {
                if (error.pointer().equals("/statement")) {
                    statementProblem = words(error);
                } else {
                    descriptorProblems.add(error.pointer().replaceFirst("^/descriptor", "") + " " + words(error));
                }
            }
            return renderFiling(new FilingPage(decisionId.toString(), orEmpty(statement), orEmpty(descriptor),
                    formToken.current(), statementProblem, descriptorProblems, null), headers, uri, 400);
        } catch (AppealConflictException e) {
            return renderFiling(new FilingPage(decisionId.toString(), orEmpty(statement), orEmpty(descriptor),
                    formToken.current(), null, List.of(), e.problemType().wireName()), headers, uri, 409);
        }
    }

    /**
     * Rules on an appeal from the list: upheld, the browser is sent to the new decision; dismissed, back to the list.
     */
    @POST
    @Path("{id}/ruling")
    @RolesAllowed(Roles.REGULATOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response rule(@PathParam("id") String id, MultivaluedMap<String, String> form,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        formToken.check(form.getFirst(FormToken.FIELD));
        UUID appealId = QueryParameters.pathId("appeal", id);
        String outcome = form.getFirst("outcome");
        String reasons = form.getFirst("reasons");
        ObjectNode body = json.createObjectNode();
        putText(body, "outcome", outcome);
        putText(body, "reasons", reasons);
        try {
            AppealRequests.RulingRequest ruling = requests.ruling(bytes(body));
            Appeal ruled = service.rule(appealId, ruling.outcome(), ruling.reasons());
            UUID made = ruled.ruling().map(AppealStep::newDecisionId).orElse(null);
            return seeOther(made != null ? "/app/decisions/" + made : "/app/appeals#appeal-" + appealId);
        } catch (InvalidRequestException e) {
            Map<String, String> problems = new LinkedHashMap<>();
            e.errors().forEach(error -> problems.merge(error.pointer().replaceFirst("^/", ""), words(error),
                    (first, second) -> first + "; " + second));
            return render(new AppealsPage(rows(), rules(), formToken.current(), appealId.toString(), problems, null,
                    orEmpty(outcome), orEmpty(reasons)), headers, uri, 400);
        } catch (AppealConflictException e) {
            return render(new AppealsPage(rows(), rules(), formToken.current(), appealId.toString(), Map.of(),
                    e.problemType().wireName(), orEmpty(outcome), orEmpty(reasons)), headers, uri, 409);
        }
    }

    /** The filing as the API's body: the descriptor typed as JSON, or as text when it is none, which is refused. */
    private byte[] filingBody(String statement, String descriptor) {
        ObjectNode body = json.createObjectNode();
        putText(body, "statement", statement);
        if (descriptor != null && !descriptor.isBlank()) {
            body.set("descriptor", parsedOrText(descriptor));
        }
        return bytes(body);
    }

    private JsonNode parsedOrText(String descriptor) {
        try {
            return json.readTree(descriptor);
        } catch (JsonProcessingException e) {
            return json.getNodeFactory().textNode(descriptor);
        }
    }

    private static void putText(ObjectNode body, String field, String value) {
        if (value != null) {
            body.put(field, value);
        }
    }

    private byte[] bytes(ObjectNode body) {
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }

    private List<AppealRow> rows() {
        return service.newest(null, AppealResource.LIST_LIMIT).stream().map(AppealRow::of).toList();
    }

    private boolean rules() {
        return callers.firstRole(List.of(Roles.REGULATOR)).isPresent();
    }

    /** The API's own words for a refused field: its reason, and the values it would take. */
    private static String words(FieldError error) {
        return error.allowedValues() == null || error.allowedValues().isEmpty() ? error.reason()
                : error.reason() + " (" + String.join(", ", error.allowedValues()) + ")";
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** A path, not Response.seeOther(URI), which would resolve it against the request's (forgeable) Host. */
    private static Response seeOther(String path) {
        return Response.status(Response.Status.SEE_OTHER).header(HttpHeaders.LOCATION, path).build();
    }

    private Response render(AppealsPage page, HttpHeaders headers, UriInfo uri, int status) {
        Language language = pages.language(headers, uri);
        Response shown = pages.page(Templates.appeals(page), language, pages.viewer(), uri);
        return status == 200 ? shown : Response.fromResponse(shown).status(status).build();
    }

    private Response renderFiling(FilingPage page, HttpHeaders headers, UriInfo uri, int status) {
        Language language = pages.language(headers, uri);
        return Response.fromResponse(pages.page(Templates.filing(page), language, pages.viewer(), uri))
                .status(status).build();
    }
}
