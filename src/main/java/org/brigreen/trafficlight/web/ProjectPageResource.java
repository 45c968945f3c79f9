package org.brigreen.trafficlight.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.brigreen.trafficlight.decisionlog.DecisionLogReader;
import org.brigreen.trafficlight.decisionlog.LogFilter;
import org.brigreen.trafficlight.decisionlog.LoggedDecision;
import org.brigreen.trafficlight.http.QueryParameters;
import org.brigreen.trafficlight.rules.Language;
import org.brigreen.trafficlight.security.Callers;
import org.brigreen.trafficlight.security.Roles;

/**
 * One project's decisions over time on one page: life-cycle stages, rule-set versions and where the class changed.
 * A reference with no decision the person may see is the page of one that does not exist.
 */
@Path("/app/projects/{reference: .+}")
@RolesAllowed({Roles.LENDER, Roles.ENTERPRISE, Roles.REGULATOR})
public class ProjectPageResource {

    /** As long as a reference may be (the descriptor's limit). */
    static final int MAX_REFERENCE_LENGTH = 128;
    /** The latest decisions a timeline shows at most: a project's life, not a load test. */
    static final int TIMELINE_LENGTH = 200;

    private final Pages pages;
    private final Callers callers;
    private final DecisionLogReader reader;
    private final DecisionRows rows;

    public ProjectPageResource(Pages pages, Callers callers, DecisionLogReader reader, DecisionRows rows) {
        this.pages = pages;
        this.callers = callers;
        this.reader = reader;
        this.rows = rows;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response project(@PathParam("reference") String reference, @Context HttpHeaders headers,
            @Context UriInfo uri) {
        Language language = pages.language(headers, uri);
        Optional<String> valid = new QueryParameters().text("reference", reference, MAX_REFERENCE_LENGTH);
        List<LoggedDecision> newestFirst = valid.map(this::latestDecisions).orElse(List.of());
        if (newestFirst.isEmpty()) {
            return DecisionPagesResource.status(
                    pages.page(DecisionPages.notFound(null, reference), language, pages.viewer(), uri), 404);
        }
        List<LoggedDecision> oldestFirst = new ArrayList<>(newestFirst.subList(0,
                Math.min(newestFirst.size(), TIMELINE_LENGTH)));
        Collections.reverse(oldestFirst);
        ProjectTimeline timeline = ProjectTimeline.of(reference, rows.of(oldestFirst), TIMELINE_LENGTH,
                newestFirst.size() > TIMELINE_LENGTH, callers.scope().isEmpty());
        return pages.page(DecisionPages.project(timeline), language, pages.viewer(), uri);
    }

    /** The project's latest decisions the person may see, newest first, one more than a timeline shows. */
    private List<LoggedDecision> latestDecisions(String reference) {
        LogFilter filter = new LogFilter(null, null, null, null, null, null, null, null, reference, 0)
                .withOrg(callers.scope().orElse(null));
        return reader.newestFirst(filter, Long.MAX_VALUE, TIMELINE_LENGTH + 1);
    }
}
