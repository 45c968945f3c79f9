package org.brigreen.trafficlight.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import org.brigreen.trafficlight.ratelimit.RateLimited;
import org.brigreen.trafficlight.security.Roles;

/**
 * The regulator's reports over every organisation's decisions, as JSON or CSV ({@code Accept: text/csv} or
 * {@code format=csv}). Whole days are counted from the daily counts kept beside the log, partial days from the log.
 */
@Path("/v1/reports")
@RolesAllowed(Roles.REGULATOR)
@RateLimited
public class ReportResource {

    public static final String CSV = "text/csv";
    private static final List<MediaType> REPRESENTATIONS = List.of(MediaType.APPLICATION_JSON_TYPE,
            MediaType.valueOf(CSV));

    private final Reports reports;

    public ReportResource(Reports reports) {
        this.reports = reports;
    }

    @GET
    @Path("/decisions")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    public Response decisions(@QueryParam("by") String by, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("ruleset") String ruleSet,
            @QueryParam("version") String version, @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        ReportQuery query = new ReportQuery();
        Grouping grouping = query.grouping(by);
        ReportStore.Selection selection = query.selection(from, to, ruleSet, version);
        boolean csv = query.csv(format);
        query.validate();
        DecisionsReport report = reports.decisions(selection, grouping);
        return csv || wantsCsv(headers)
                ? download(ReportCsv.decisions(report), "decisions-by-" + grouping.wireName() + ".csv")
                : Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("/excluded")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    public Response excluded(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("ruleset") String ruleSet, @QueryParam("version") String version,
            @QueryParam("limit") String limit, @QueryParam("after") String after,
            @QueryParam("format") String format, @Context HttpHeaders headers) {
        ReportQuery query = new ReportQuery();
        ReportStore.Selection selection = query.selection(from, to, ruleSet, version);
        int pageSize = query.limit(limit);
        long afterSeq = query.after(after);
        boolean csv = query.csv(format);
        query.validate();
        if (csv || wantsCsv(headers)) {
            return Response.ok((StreamingOutput) output -> ReportCsv.excluded(reports, selection, output),
                    MediaType.valueOf(CSV)).header("Content-Disposition", attachment("excluded.csv")).build();
        }
        return Response.ok(reports.excluded(selection, afterSeq, pageSize), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("/annual")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    public Response annual(@QueryParam("year") String year, @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        ReportQuery query = new ReportQuery();
        int asked = query.year(year);
        boolean csv = query.csv(format);
        query.validate();
        AnnualReport report = reports.annual(asked);
        return csv || wantsCsv(headers) ? download(ReportCsv.annual(report), "annual-" + asked + ".csv")
                : Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @POST
    @Path("/verify")
    @Produces(MediaType.APPLICATION_JSON)
    public RollupCheck verify(@QueryParam("from") String from, @QueryParam("to") String to) {
        ReportQuery query = new ReportQuery();
        Period.Days days = query.days(from, to);
        query.validate();
        return reports.check(days);
    }

    private static Response download(String csv, String filename) {
        return Response.ok(csv, MediaType.valueOf(CSV)).header("Content-Disposition", attachment(filename)).build();
    }

    private static String attachment(String filename) {
        return "attachment; filename=\"" + filename + "\"";
    }

    /** Whether the first representation the caller accepts, in the order of its preferences, is CSV. */
    private static boolean wantsCsv(HttpHeaders headers) {
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            for (MediaType offered : REPRESENTATIONS) {
                if (accepted.isCompatible(offered)) {
                    return offered.getSubtype().equals("csv");
                }
            }
        }
        return false;
    }
}
