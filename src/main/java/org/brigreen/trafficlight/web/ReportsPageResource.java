package org.brigreen.trafficlight.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.brigreen.trafficlight.input.FieldError;
import org.brigreen.trafficlight.input.InvalidRequestException;
import org.brigreen.trafficlight.report.Chart;
import org.brigreen.trafficlight.report.DecisionsReport;
import org.brigreen.trafficlight.report.ExcludedPage;
import org.brigreen.trafficlight.report.Grouping;
import org.brigreen.trafficlight.report.ReportCsv;
import org.brigreen.trafficlight.report.ReportQuery;
import org.brigreen.trafficlight.report.ReportResource;
import org.brigreen.trafficlight.report.ReportStore;
import org.brigreen.trafficlight.report.Reports;
import org.brigreen.trafficlight.security.Roles;

/**
 * The regulator's reports in the browser: a period, a rule-set version and a grouping chosen in a form; the counts as
 * a chart drawn by the server (inline SVG) and as a table of the same figures; the trend by month; the annual report;
 * the excluded projects; and each as a CSV download. The same reports and checks as the API's /v1/reports.
 */
@Path("/app/reports")
@RolesAllowed(Roles.REGULATOR)
public class ReportsPageResource {

    static final int EXCLUDED_SHOWN = 25;
    private static final String PAGE = "/app/reports";
    private static final List<String> FIELDS = List.of("from", "to", "version", "by", "year", "after");

    @CheckedTemplate(basePath = "ReportsPageResource")
    static class Templates {
        static native TemplateInstance reports(ReportsPage page);
    }

    private final Pages pages;
    private final Reports reports;

    public ReportsPageResource(Pages pages, Reports reports) {
        this.pages = pages;
        this.reports = reports;
    }

    /** The form's fields, as sent. */
    record Form(String from, String to, String version, String by, String year, String after) {

        Map<String, String> values() {
            Map<String, String> values = new LinkedHashMap<>();
            List<String> sent = java.util.Arrays.asList(from, to, version, by, year, after);
            for (int i = 0; i < FIELDS.size(); i++) {
                if (sent.get(i) != null && !sent.get(i).isEmpty()) {
                    values.put(FIELDS.get(i), sent.get(i));
                }
            }
            return values;
        }

        /** The query of the page's links: every field but the cursor. */
        String query() {
            return values().entrySet().stream().filter(field -> !field.getKey().equals("after"))
                    .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
        }

        String yearOrThis() {
            return year == null || year.isEmpty() ? Integer.toString(LocalDate.now(ZoneOffset.UTC).getYear()) : year;
        }
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response reports(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("version") String version, @QueryParam("by") String by, @QueryParam("year") String year,
            @QueryParam("after") String after, @Context HttpHeaders headers, @Context UriInfo uri) {
        Form form = new Form(from, to, version, by, year, after);
        List<String> versions = reports.versions().stream().map(pair -> pair[1]).distinct().toList();
        ReportQuery query = new ReportQuery();
        Grouping grouping = query.grouping(by);
        ReportStore.Selection selection = query.selection(from, to, null, version);
        int asked = query.year(form.yearOrThis());
        long afterSeq = query.after(after);
        ReportsPage page;
        int status = 200;
        try {
            query.validate();
            DecisionsReport report = reports.decisions(selection, grouping);
            DecisionsReport months = reports.decisions(selection, Grouping.MONTH);
            ExcludedPage excluded = reports.excluded(selection, afterSeq, EXCLUDED_SHOWN);
            String next = excluded.next() == null ? null : PAGE + "?" + join(form.query(), "after=" + excluded.next())
                    + "#excluded";
            page = new ReportsPage(form.values(), List.of(), Grouping.wireNames(), versions, report,
                    Chart.horizontal(report.rows()), months, Chart.vertical(months.rows()), reports.annual(asked),
                    excluded, form.query(), "year=" + asked, next);
        } catch (InvalidRequestException e) {
            List<String> refused = e.errors().stream().map(FieldError::pointer).distinct().toList();
            page = new ReportsPage(form.values(), refused, Grouping.wireNames(), versions, null, null, null, null,
                    null, null, form.query(), "year=" + form.yearOrThis(), null);
            status = 400;
        }
        Response shown = pages.page(Templates.reports(page), pages.language(headers, uri), pages.viewer(), uri);
        return status == 200 ? shown : Response.fromResponse(shown).status(status).build();
    }

    @GET
    @Path("/decisions.csv")
    @Produces(ReportResource.CSV)
    public Response decisionsCsv(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("version") String version, @QueryParam("by") String by) {
        ReportQuery query = new ReportQuery();
        Grouping grouping = query.grouping(by);
        ReportStore.Selection selection = query.selection(from, to, null, version);
        query.validate();
        return csv(ReportCsv.decisions(reports.decisions(selection, grouping)),
                "decisions-by-" + grouping.wireName() + ".csv");
    }

    @GET
    @Path("/months.csv")
    @Produces(ReportResource.CSV)
    public Response monthsCsv(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("version") String version) {
        ReportQuery query = new ReportQuery();
        ReportStore.Selection selection = query.selection(from, to, null, version);
        query.validate();
        return csv(ReportCsv.decisions(reports.decisions(selection, Grouping.MONTH)), "decisions-by-month.csv");
    }

    @GET
    @Path("/annual.csv")
    @Produces(ReportResource.CSV)
    public Response annualCsv(@QueryParam("year") String year) {
        ReportQuery query = new ReportQuery();
        int asked = query.year(year);
        query.validate();
        return csv(ReportCsv.annual(reports.annual(asked)), "annual-" + asked + ".csv");
    }

    @GET
    @Path("/excluded.csv")
    @Produces(ReportResource.CSV)
    public Response excludedCsv(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("version") String version) {
        ReportQuery query = new ReportQuery();
        ReportStore.Selection selection = query.selection(from, to, null, version);
        query.validate();
        return Response.ok((StreamingOutput) output -> ReportCsv.excluded(reports, selection, output),
                ReportResource.CSV).header("Content-Disposition", "attachment; filename=\"excluded.csv\"").build();
    }

    private static Response csv(String body, String filename) {
        return Response.ok(body, ReportResource.CSV)
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"").build();
    }

    private static String join(String query, String more) {
        return query.isEmpty() ? more : query + "&" + more;
    }
}
