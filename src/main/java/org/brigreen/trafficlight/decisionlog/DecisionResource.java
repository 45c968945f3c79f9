package org.brigreen.trafficlight.decisionlog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import org.brigreen.trafficlight.classification.ClassificationAnswer;
import org.brigreen.trafficlight.decision.RecordedDecision;
import org.brigreen.trafficlight.http.QueryParameters;
import org.brigreen.trafficlight.ratelimit.RateLimited;
import org.brigreen.trafficlight.rules.Language;
import org.brigreen.trafficlight.security.Callers;
import org.brigreen.trafficlight.security.DecisionAccess;
import org.brigreen.trafficlight.security.Roles;

@Path("/v1/decisions")
@RolesAllowed({Roles.LENDER, Roles.ENTERPRISE, Roles.REGULATOR})
@RateLimited
public class DecisionResource {

    private static final List<MediaType> REPRESENTATIONS = List.of(MediaType.APPLICATION_JSON_TYPE,
            MediaType.valueOf(DecisionExport.NDJSON), MediaType.valueOf(DecisionExport.CSV));

    private final DecisionAccess access;
    private final DecisionLogReader reader;
    private final DecisionExport export;
    private final Callers callers;

    public DecisionResource(DecisionAccess access, DecisionLogReader reader, DecisionExport export,
            Callers callers) {
        this.access = access;
        this.reader = reader;
        this.export = export;
        this.callers = callers;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, DecisionExport.NDJSON, DecisionExport.CSV})
    public Response list(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("class") String trafficLight, @QueryParam("excluded") String excluded,
            @QueryParam("sector") String sector, @QueryParam("country") String country,
            @QueryParam("ruleset") String ruleSet, @QueryParam("version") String version,
            @QueryParam("reference") String reference, @QueryParam("superseded") String superseded,
            @QueryParam("limit") String limit,
            @QueryParam("after") String after, @Context HttpHeaders headers) {
        DecisionLogQuery.Validated asked = new DecisionLogQuery(from, to, trafficLight, excluded, sector, country,
                ruleSet, version, reference, superseded, limit, after).validated();
        // A lender or enterprise reads its own organisation's part of the log only, in pages and exports alike.
        LogFilter filter = asked.filter().withOrg(callers.scope().orElse(null));
        MediaType representation = representation(headers);
        if (representation.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return Response.ok(page(filter, asked.limit()), MediaType.APPLICATION_JSON_TYPE).build();
        }
        boolean csv = representation.getSubtype().equals("csv");
        DecisionExport.Download download = csv ? export.csv(filter) : export.ndjson(filter);
        return Response.ok((StreamingOutput) download::writeTo, representation)
                .header("Content-Disposition",
                        "attachment; filename=\"decisions." + (csv ? "csv" : "ndjson") + "\"")
                .build();
    }

    private DecisionLogPage page(LogFilter filter, int limit) {
        // One more than asked tells whether there is a next page, without a count.
        List<LoggedDecision> read = reader.first(filter, limit + 1);
        List<DecisionLogEntry> items = read.stream().limit(limit).map(DecisionLogEntry::of).toList();
        String next = read.size() > limit ? DecisionCursor.after(items.get(limit - 1).seq()) : null;
        return new DecisionLogPage(items, next);
    }

    /** The first representation the caller accepts, in the order of its preferences; JSON when it has none. */
    private static MediaType representation(HttpHeaders headers) {
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            for (MediaType offered : REPRESENTATIONS) {
                if (accepted.isCompatible(offered)) {
                    return offered;
                }
            }
        }
        return MediaType.APPLICATION_JSON_TYPE;
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response get(
            @PathParam("id") String id,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        RecordedDecision decision = access.visible(QueryParameters.pathId("decision", id));
        Language language = Language.fromAcceptLanguage(acceptLanguage);
        return Response.ok(ClassificationAnswer.of(decision, language))
                .header(HttpHeaders.CONTENT_LANGUAGE, language.tag())
                .build();
    }
}
