package org.brigreen.trafficlight.replay;

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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.brigreen.trafficlight.ratelimit.RateLimited;
import org.brigreen.trafficlight.rules.RuleSet;
import org.brigreen.trafficlight.rules.RuleSetCatalog;
import org.brigreen.trafficlight.security.Roles;
import org.brigreen.trafficlight.web.FormToken;
import org.brigreen.trafficlight.web.Pages;

/**
 * The regulator's impact page: what a version of the rule set, drafts included, would change across the decisions of
 * a period, by the same analysis as {@code POST /v1/rulesets/{id}/versions/{version}/impact}. The form posts, as the
 * API's analysis is a POST: each is a fresh computation over a log that grows. The page's script sends the same post
 * and shows its progress; without the script the browser posts the form and is answered the same page.
 */
@Path("/app/impact")
@RolesAllowed(Roles.REGULATOR)
@RateLimited
public class ImpactPageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance impact(ImpactPage page);
    }

    private final ImpactService impacts;
    private final RuleSetCatalog catalog;
    private final Pages pages;
    private final FormToken formToken;

    public ImpactPageResource(ImpactService impacts, RuleSetCatalog catalog, Pages pages, FormToken formToken) {
        this.impacts = impacts;
        this.catalog = catalog;
        this.pages = pages;
        this.formToken = formToken;
    }

    /**
     * The form to run an analysis, and after it, its result.
     *
     * @param form     the fields as sent
     * @param problems what is wrong with them, by field name
     * @param result   the analysis; null before one ran or when it was refused
     * @param drafts   the versions that are drafts, which the form marks
     */
    public record ImpactPage(ImpactForm form, Map<String, String> problems, ImpactView result, List<String> drafts,
            String formToken) {

        public List<String> versions() {
            return form.versions();
        }

        public boolean draft(String version) {
            return drafts.contains(version);
        }

        /** The fields that take a date. */
        public List<String> dateFields() {
            return List.of("from", "to");
        }

        /** The date field {@code name} as typed. */
        public String value(String name) {
            return name.equals("from") ? form.from() : form.to();
        }

        /** The kind of problem with field {@code name}; null when there is none. */
        public String problem(String name) {
            return problems.get(name);
        }
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response form(@Context HttpHeaders headers, @Context UriInfo uri) {
        List<RuleSet> versions = versions();
        // The newest version first: a draft, where there is one, is what a regulator comes to measure.
        ImpactForm blank = new ImpactForm(versions.get(0).version(), null, null, null, names(versions));
        return render(blank, Map.of(), null, versions, headers, uri, 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response run(MultivaluedMap<String, String> fields, @Context HttpHeaders headers, @Context UriInfo uri) {
        formToken.check(fields.getFirst(FormToken.FIELD));
        List<RuleSet> versions = versions();
        ImpactForm form = new ImpactForm(fields.getFirst("version"), fields.getFirst("from"), fields.getFirst("to"),
                fields.getFirst("decidedUnder"), names(versions));
        ImpactForm.Parsed parsed = form.parse();
        if (parsed.refused()) {
            return render(form, parsed.problems(), null, versions, headers, uri, 400);
        }
        Impact impact = impacts.impact(versions.get(0).id(), form.version(), parsed.start(), parsed.end(),
                form.decidedUnder().isEmpty() ? null : form.decidedUnder());
        return render(form, Map.of(), ImpactView.of(impact), versions, headers, uri, 200);
    }

    /** The versions of the rule set in effect, newest first, drafts included. */
    private List<RuleSet> versions() {
        String ruleSetId = catalog.select(null, null, LocalDate.now(ZoneOffset.UTC)).id();
        return catalog.all().stream().filter(ruleSet -> ruleSet.id().equals(ruleSetId))
                .sorted(Comparator.comparing(RuleSet::version).reversed()).toList();
    }

    private static List<String> names(List<RuleSet> versions) {
        return versions.stream().map(RuleSet::version).toList();
    }

    private Response render(ImpactForm form, Map<String, String> problems, ImpactView result, List<RuleSet> versions,
            HttpHeaders headers, UriInfo uri, int status) {
        List<String> drafts = versions.stream().filter(RuleSet::isDraft).map(RuleSet::version).toList();
        Response page = pages.page(Templates.impact(new ImpactPage(form, problems, result, drafts,
                formToken.current())), pages.language(headers, uri), pages.viewer(), uri);
        return status == 200 ? page : Response.fromResponse(page).status(status).build();
    }
}
