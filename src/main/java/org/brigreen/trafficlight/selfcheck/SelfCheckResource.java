package org.brigreen.trafficlight.selfcheck;

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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.brigreen.trafficlight.classification.ClassificationService;
import org.brigreen.trafficlight.decision.DescriptorParser;
import org.brigreen.trafficlight.decision.ProjectDescriptor;
import org.brigreen.trafficlight.evaluation.EvaluationAnswer;
import org.brigreen.trafficlight.evaluation.EvaluationService;
import org.brigreen.trafficlight.http.RequestContexts;
import org.brigreen.trafficlight.input.FieldError;
import org.brigreen.trafficlight.input.InvalidRequestException;
import org.brigreen.trafficlight.ratelimit.RateLimited;
import org.brigreen.trafficlight.rules.Language;
import org.brigreen.trafficlight.rules.RuleSet;
import org.brigreen.trafficlight.security.Callers;
import org.brigreen.trafficlight.security.Roles;
import org.brigreen.trafficlight.web.FormToken;
import org.brigreen.trafficlight.web.Pages;

/**
 * An enterprise's (or a lender's) self-check of a project: a guided form, checked as the API checks a descriptor;
 * the answer, evaluated without recording, with what would lift the class tried at once; and, when the person
 * chooses, the decision recorded, whose certificate the browser is then sent to.
 */
@Path("/app/self-check")
@RolesAllowed({Roles.ENTERPRISE, Roles.LENDER})
@RateLimited
public class SelfCheckResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance selfCheck(SelfCheckPage page);
    }

    private final Pages pages;
    private final FormToken formToken;
    private final DescriptorParser descriptors;
    private final EvaluationService evaluations;
    private final ClassificationService classifications;
    private final WhatIfs whatIfs;
    private final Callers callers;
    private final ObjectMapper json;
    private final SiteMaps maps;

    public SelfCheckResource(Pages pages, FormToken formToken, DescriptorParser descriptors,
            EvaluationService evaluations, ClassificationService classifications, WhatIfs whatIfs, Callers callers,
            ObjectMapper json, SiteMaps maps) {
        this.maps = maps;
        this.pages = pages;
        this.formToken = formToken;
        this.descriptors = descriptors;
        this.evaluations = evaluations;
        this.classifications = classifications;
        this.whatIfs = whatIfs;
        this.callers = callers;
        this.json = json;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response form(@Context HttpHeaders headers, @Context UriInfo uri) {
        Language language = pages.language(headers, uri);
        return render(views(language).blank(formToken.current()), language, uri);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response check(MultivaluedMap<String, String> form, @Context HttpHeaders headers, @Context UriInfo uri) {
        formToken.check(form.getFirst(FormToken.FIELD));
        Language language = pages.language(headers, uri);
        SelfCheckViews views = views(language);
        String whatIf = form.getFirst("whatIf");
        ObjectNode description;
        Map<String, List<String>> fields;
        try {
            description = form.containsKey(SelfCheckForm.DESCRIPTOR_FIELD)
                    ? descriptorJson(form.getFirst(SelfCheckForm.DESCRIPTOR_FIELD))
                    : SelfCheckForm.descriptorOf(form);
            fields = form.containsKey(SelfCheckForm.DESCRIPTOR_FIELD) ? SelfCheckForm.fieldsOf(description) : form;
        } catch (InvalidRequestException e) {
            return render(views.refused(Map.of(), e.errors(), formToken.current()), language, uri);
        }
        try {
            ProjectDescriptor descriptor = descriptors.parse(description.deepCopy());
            RuleSet ruleSet = classifications.decidingRuleSet(null, null);
            EvaluationAnswer answer = evaluations.evaluate(descriptor, ruleSet, language);
            SiteMap map = maps.of(descriptor, ruleSet, views.mapTexts(), views.words());
            return render(views.answered(fields, answer, whatIfs.of(description, answer.assessment(), ruleSet,
                    language), description, whatIf, formToken.current(), map), language, uri);
        } catch (InvalidRequestException e) {
            return render(views.refused(fields, e.errors(), formToken.current()), language, uri);
        }
    }

    @POST
    @Path("record")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public CompletionStage<Response> record(MultivaluedMap<String, String> form) {
        formToken.check(form.getFirst(FormToken.FIELD));
        String sent = form.getFirst(SelfCheckForm.DESCRIPTOR_FIELD);
        ProjectDescriptor descriptor = descriptors.parse(descriptorJson(sent));
        byte[] request = sent.getBytes(StandardCharsets.UTF_8);
        return classifications.classify(descriptor, null, form.getFirst("version"), callers.classifying(), null,
                        request, RequestContexts.current())
                // A path, not Response.seeOther(URI), which would resolve it against the request's (forgeable) Host.
                .thenApply(recorded -> Response.status(Response.Status.SEE_OTHER)
                        .header(HttpHeaders.LOCATION, "/app/decisions/" + recorded.decision().id()).build());
    }

    /** The description carried as JSON by a what-if or a record form: an object, or refused as the API would. */
    private ObjectNode descriptorJson(String sent) {
        try {
            JsonNode tree = sent == null ? null : json.readTree(sent);
            if (tree instanceof ObjectNode object) {
                return object;
            }
        } catch (JsonProcessingException e) {
            // Refused below, as any description that is not a JSON object.
        }
        throw new InvalidRequestException("The description is not a JSON object.",
                List.of(new FieldError(SelfCheckForm.DESCRIPTOR_FIELD, "must be a JSON object")));
    }

    private SelfCheckViews views(Language language) {
        return new SelfCheckViews(pages.texts(language), language, json);
    }

    private Response render(SelfCheckPage page, Language language, UriInfo uri) {
        return pages.page(Templates.selfCheck(page), language, pages.viewer(), uri);
    }
}
