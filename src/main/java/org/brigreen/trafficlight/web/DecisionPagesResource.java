package org.brigreen.trafficlight.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.brigreen.trafficlight.classification.ClassificationAnswer;
import org.brigreen.trafficlight.decision.Decision;
import org.brigreen.trafficlight.decision.RecordedDecision;
import org.brigreen.trafficlight.decisionlog.DecisionCursor;
import org.brigreen.trafficlight.decisionlog.DecisionLogReader;
import org.brigreen.trafficlight.decisionlog.LogFilter;
import org.brigreen.trafficlight.decisionlog.LoggedDecision;
import org.brigreen.trafficlight.http.QueryParameters;
import org.brigreen.trafficlight.input.NotFoundException;
import org.brigreen.trafficlight.rules.Language;
import org.brigreen.trafficlight.security.Callers;
import org.brigreen.trafficlight.security.DecisionAccess;
import org.brigreen.trafficlight.security.Roles;

/**
 * An organisation's decisions, newest first and searchable by reference, and the printable screening certificate of
 * each. A lender or enterprise sees its own organisation's decisions only, a regulator every decision; another
 * organisation's certificate is the very page of one that does not exist.
 */
@Path("/app/decisions")
@RolesAllowed({Roles.LENDER, Roles.ENTERPRISE, Roles.REGULATOR})
public class DecisionPagesResource {

    static final int PAGE_SIZE = 25;

    private final Pages pages;
    private final Callers callers;
    private final DecisionAccess access;
    private final DecisionLogReader reader;
    private final DecisionRows rows;

    public DecisionPagesResource(Pages pages, Callers callers, DecisionAccess access, DecisionLogReader reader,
            DecisionRows rows) {
        this.pages = pages;
        this.callers = callers;
        this.access = access;
        this.reader = reader;
        this.rows = rows;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response history(@QueryParam("reference") String reference, @QueryParam("before") String before,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        Language language = pages.language(headers, uri);
        boolean everyOrganisation = callers.scope().isEmpty();
        String searched = QueryParameters.absent(reference) ? null
                : new QueryParameters().text("reference", reference, ProjectPageResource.MAX_REFERENCE_LENGTH)
                        .orElse(null);
        boolean referenceRefused = searched == null && !QueryParameters.absent(reference);
        Optional<Long> beforeSeq = QueryParameters.absent(before) ? Optional.of(Long.MAX_VALUE)
                : DecisionCursor.seqOf(before);
        if (referenceRefused || beforeSeq.isEmpty()) {
            HistoryPage refused = new HistoryPage(reference, List.of(), null, historyPath(searched, null),
                    referenceRefused, beforeSeq.isEmpty(), everyOrganisation);
            return status(pages.page(DecisionPages.history(refused), language, pages.viewer(), uri), 400);
        }
        LogFilter filter = new LogFilter(null, null, null, null, null, null, null, null, searched, 0)
                .withOrg(callers.scope().orElse(null));
        // One more than shown tells whether there is an older page, without a count.
        List<LoggedDecision> read = reader.newestFirst(filter, beforeSeq.get(), PAGE_SIZE + 1);
        List<LoggedDecision> shown = read.stream().limit(PAGE_SIZE).toList();
        String older = read.size() > PAGE_SIZE
                ? historyPath(searched, DecisionCursor.after(shown.get(PAGE_SIZE - 1).seq())) : null;
        String newest = QueryParameters.absent(before) ? null : historyPath(searched, null);
        HistoryPage page = new HistoryPage(searched, rows.of(shown), older, newest, false, false, everyOrganisation);
        return pages.page(DecisionPages.history(page), language, pages.viewer(), uri);
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.TEXT_HTML)
    public Response certificate(@PathParam("id") String id, @Context HttpHeaders headers, @Context UriInfo uri) {
        Language language = pages.language(headers, uri);
        Optional<UUID> decisionId = new QueryParameters().uuid("id", id);
        try {
            RecordedDecision recorded = access.visible(decisionId.orElseThrow(() -> new NotFoundException(id)));
            LoggedDecision entry = reader.entry(recorded.decision().id())
                    .orElseThrow(() -> new NotFoundException(id));
            return pages.page(DecisionPages.certificate(certificate(recorded, entry, language)), language,
                    pages.viewer(), uri);
        } catch (NotFoundException e) {
            return status(pages.page(DecisionPages.notFound(id, null), language, pages.viewer(), uri), 404);
        }
    }

    /** The certificate of a decision as recorded: the answer the API gives for it, and its entry in the log. */
    private static Certificate certificate(RecordedDecision recorded, LoggedDecision entry, Language language) {
        Decision decision = recorded.decision();
        return new Certificate(ClassificationAnswer.of(recorded, language), DecisionRow.plainUtc(decision.decidedAt()),
                decision.descriptor().stage() == null ? null : decision.descriptor().stage().wireName(),
                entry.org(), entry.seq(), entry.entryHashHex(), entry.chainHashHex());
    }

    private static String historyPath(String reference, String before) {
        UriBuilder path = UriBuilder.fromPath("/app/decisions");
        if (reference != null) {
            path.queryParam("reference", "{reference}");
        }
        if (before != null) {
            path.queryParam("before", before);
        }
        return (reference == null ? path.build() : path.build(reference)).toString();
    }

    /** A page answered with another status than 200: a refused search, or a decision that is not there. */
    static Response status(Response page, int status) {
        return Response.fromResponse(page).status(status).build();
    }
}
