package org.brigreen.trafficlight.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.brigreen.trafficlight.classification.ClassificationAnswer;
import org.brigreen.trafficlight.decision.Decision;
import org.brigreen.trafficlight.decision.RecordedDecision;
import org.brigreen.trafficlight.decisionlog.DecisionCursor;
import org.brigreen.trafficlight.decisionlog.DecisionExport;
import org.brigreen.trafficlight.decisionlog.DecisionLogReader;
import org.brigreen.trafficlight.decisionlog.LoggedDecision;
import org.brigreen.trafficlight.http.QueryParameters;
import org.brigreen.trafficlight.input.NotFoundException;
import org.brigreen.trafficlight.rules.Language;
import org.brigreen.trafficlight.rules.RuleSet;
import org.brigreen.trafficlight.rules.RuleSetCatalog;
import org.brigreen.trafficlight.security.Callers;
import org.brigreen.trafficlight.security.DecisionAccess;
import org.brigreen.trafficlight.security.Roles;

/**
 * An organisation's decisions, newest first, filtered by period, class, exclusion, sector, country, organisation (for a
 * regulator), rule-set version, reference and supersession, with their count and downloads; and the printable
 * screening certificate of each. A lender or enterprise sees its own organisation's decisions only, a regulator every decision; another
 * organisation's certificate is the very page of one that does not exist.
 */
@Path("/app/decisions")
@RolesAllowed({Roles.LENDER, Roles.ENTERPRISE, Roles.REGULATOR})
public class DecisionPagesResource {

    static final int PAGE_SIZE = 25;
    private static final String HISTORY = "/app/decisions";

    private final Pages pages;
    private final Callers callers;
    private final DecisionAccess access;
    private final DecisionLogReader reader;
    private final DecisionRows rows;
    private final DecisionExport export;
    private final RuleSetCatalog catalog;

    public DecisionPagesResource(Pages pages, Callers callers, DecisionAccess access, DecisionLogReader reader,
            DecisionRows rows, DecisionExport export, RuleSetCatalog catalog) {
        this.pages = pages;
        this.callers = callers;
        this.access = access;
        this.reader = reader;
        this.rows = rows;
        this.export = export;
        this.catalog = catalog;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response history(@BeanParam LogFilterForm form, @QueryParam("before") String before,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        Language language = pages.language(headers, uri);
        LogFilterForm.Parsed parsed = form.parse(callers.scope());
        Optional<Long> beforeSeq = QueryParameters.absent(before) ? Optional.of(Long.MAX_VALUE)
                : DecisionCursor.seqOf(before);
        if (parsed.refused() || beforeSeq.isEmpty()) {
            HistoryPage refused = historyPage(form, parsed, 0, List.of(), null, form.link(HISTORY),
                    beforeSeq.isEmpty());
            return status(pages.page(DecisionPages.history(refused), language, pages.viewer(), uri), 400);
        }
        // One more than shown tells whether there is an older page.
        List<LoggedDecision> read = reader.newestFirst(parsed.filter(), beforeSeq.get(), PAGE_SIZE + 1);
        List<LoggedDecision> shown = read.stream().limit(PAGE_SIZE).toList();
        String older = read.size() > PAGE_SIZE
                ? form.link(HISTORY, "before", DecisionCursor.after(shown.get(PAGE_SIZE - 1).seq())) : null;
        String newest = QueryParameters.absent(before) ? null : form.link(HISTORY);
        HistoryPage page = historyPage(form, parsed, reader.count(parsed.filter()), rows.of(shown), older, newest,
                false);
        return pages.page(DecisionPages.history(page), language, pages.viewer(), uri);
    }

    /** Every decision the filter matches, as CSV or NDJSON, as the API exports them. */
    @GET
    @Path("/export.{format:csv|ndjson}")
    public Response export(@BeanParam LogFilterForm form, @PathParam("format") String format) {
        LogFilterForm.Parsed parsed = form.parse(callers.scope());
        if (parsed.refused()) {
            return Response.status(400).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                    .entity("The filter has invalid fields: " + String.join(", ", parsed.problems().keySet())).build();
        }
        boolean csv = format.equals("csv");
        DecisionExport.Download download = csv ? export.csv(parsed.filter()) : export.ndjson(parsed.filter());
        return Response.ok((StreamingOutput) download::writeTo, csv ? DecisionExport.CSV : DecisionExport.NDJSON)
                .header("Content-Disposition", "attachment; filename=\"decisions." + format + "\"")
                .build();
    }

    private HistoryPage historyPage(LogFilterForm form, LogFilterForm.Parsed parsed, long matching,
            List<DecisionRow> shown, String older, String newest, boolean cursorRefused) {
        return new HistoryPage(form, parsed.problems(), matching, shown, older, newest, cursorRefused,
                callers.scope().isEmpty(), versions(), form.link(HISTORY + "/export.csv"),
                form.link(HISTORY + "/export.ndjson"));
    }

    private List<String> versions() {
        return catalog.all().stream().map(RuleSet::version).distinct().sorted(Comparator.reverseOrder()).toList();
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

    /** A page answered with another status than 200: a refused search, or a decision that is not there. */
    static Response status(Response page, int status) {
        return Response.fromResponse(page).status(status).build();
    }
}
