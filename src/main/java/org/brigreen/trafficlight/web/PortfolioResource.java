package org.brigreen.trafficlight.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.brigreen.trafficlight.batch.BatchBody;
import org.brigreen.trafficlight.batch.BatchLine;
import org.brigreen.trafficlight.batch.PortfolioScreening;
import org.brigreen.trafficlight.batch.Screening;
import org.brigreen.trafficlight.decision.DescriptorParser;
import org.brigreen.trafficlight.decision.ProjectDescriptor;
import org.brigreen.trafficlight.decision.Sector;
import org.brigreen.trafficlight.evaluation.EvaluationBatchResult;
import org.brigreen.trafficlight.evaluation.EvaluationService;
import org.brigreen.trafficlight.http.BodySizeLimit;
import org.brigreen.trafficlight.http.RequiredContentType;
import org.brigreen.trafficlight.ratelimit.RateLimited;
import org.brigreen.trafficlight.rules.Language;
import org.brigreen.trafficlight.rules.RuleSet;
import org.brigreen.trafficlight.rules.RuleSetCatalog;
import org.brigreen.trafficlight.rules.TrafficLight;
import org.brigreen.trafficlight.security.Callers;
import org.brigreen.trafficlight.security.Roles;

/**
 * The lender's portfolio page: a portfolio file screened as a batch, by the same service as the batch API, and
 * evaluated, recording nothing, under another rule-set version to see which projects would change class. What the
 * page's script posts counts against the organisation's rate limit, as the API's batches do.
 */
@Path("/app/portfolio")
@RolesAllowed(Roles.LENDER)
public class PortfolioResource {

    /** The answer's header that says how many descriptors the service counted in the file: the progress's end. */
    static final String LINES_HEADER = "X-Batch-Lines";
    private static final byte[] NEWLINE = {'\n'};

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance portfolio(String formToken, RuleSet inEffect, List<RuleSet> versions,
                List<String> sectors);
    }

    private final PortfolioScreening screening;
    private final EvaluationService evaluation;
    private final DescriptorParser descriptors;
    private final RuleSetCatalog catalog;
    private final Callers callers;
    private final FormToken formToken;
    private final Pages pages;
    private final ObjectWriter projectLines;
    private final ObjectWriter comparedLines;

    public PortfolioResource(PortfolioScreening screening, EvaluationService evaluation, DescriptorParser descriptors,
            RuleSetCatalog catalog, Callers callers, FormToken formToken, Pages pages, ObjectMapper mapper) {
        this.screening = screening;
        this.evaluation = evaluation;
        this.descriptors = descriptors;
        this.catalog = catalog;
        this.callers = callers;
        this.formToken = formToken;
        this.pages = pages;
        this.projectLines = mapper.writerFor(ProjectLine.class);
        this.comparedLines = mapper.writerFor(ComparedLine.class);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(@Context HttpHeaders headers, @Context UriInfo uri) {
        RuleSet inEffect = catalog.select(null, null, LocalDate.now(ZoneOffset.UTC));
        List<RuleSet> versions = catalog.all().stream().filter(r -> r.id().equals(inEffect.id())).toList();
        List<String> sectors = Arrays.stream(Sector.values()).map(Sector::wireName).toList();
        return pages.page(Templates.portfolio(formToken.current(), inEffect, versions, sectors),
                pages.language(headers, uri), pages.viewer(), uri);
    }

    /**
     * Screens the portfolio as {@code POST /v1/classifications/batch} does, recording every decision, and answers the
     * same lines; the number of descriptors the service counted comes first, in a header.
     */
    @POST
    @Path("screen")
    @RateLimited
    @Consumes({BatchBody.NDJSON, BatchBody.CSV})
    @Produces(BatchBody.NDJSON)
    public Response screen(
            byte[] body,
            @QueryParam("version") @Size(max = 64) String version,
            @HeaderParam(FormToken.HEADER) String token,
            @Context HttpHeaders headers) {
        formToken.check(token);
        Screening begun = screening.begin(callers.classifying(), RequiredContentType.essence(headers), body, null,
                version);
        StreamingOutput results = begun.results()::writeTo;
        return Response.status(Response.Status.CREATED).header(HttpHeaders.LOCATION, "/v1/batches/" + begun.batchId())
                .header(LINES_HEADER, begun.lines()).entity(results).build();
    }

    /** The sector and country of each line that is a descriptor, for the page's charts and filters; records nothing. */
    @POST
    @Path("projects")
    @RateLimited
    @Consumes({BatchBody.NDJSON, BatchBody.CSV})
    @Produces(BatchBody.NDJSON)
    public Response projects(
            byte[] body,
            @HeaderParam(FormToken.HEADER) String token,
            @Context HttpHeaders headers) {
        formToken.check(token);
        BatchBody lines = lines(body, headers, BodySizeLimit.PORTFOLIO_PROJECTS_PATH);
        StreamingOutput answer = out -> writeProjects(lines, out);
        return Response.ok(answer).build();
    }

    /**
     * The class each line would get under {@code version}, drafts included, evaluated as {@code POST
     * /v1/evaluations/batch} does: nothing is recorded.
     */
    @POST
    @Path("compare")
    @RateLimited
    @Consumes({BatchBody.NDJSON, BatchBody.CSV})
    @Produces(BatchBody.NDJSON)
    public Response compare(
            byte[] body,
            @QueryParam("version") @Size(max = 64) String version,
            @HeaderParam(FormToken.HEADER) String token,
            @Context HttpHeaders headers) {
        formToken.check(token);
        RuleSet ruleSet = evaluation.ruleSet(null, version);
        BatchBody lines = lines(body, headers, BodySizeLimit.PORTFOLIO_COMPARE_PATH);
        StreamingOutput answer = out -> evaluation.evaluateEach(lines, ruleSet, Language.EN, chunk -> {
            for (EvaluationBatchResult result : chunk) {
                out.write(comparedLines.writeValueAsBytes(ComparedLine.of(result)));
                out.write(NEWLINE);
            }
            out.flush();
        });
        return Response.ok(answer).header(LINES_HEADER, lines.size()).build();
    }

    /** The lines of a portfolio sent to {@code path}, read as a batch is. */
    private BatchBody lines(byte[] body, HttpHeaders headers, String path) {
        BodySizeLimit.checkBatch(body);
        return BatchBody.of(RequiredContentType.essence(headers), body, descriptors, path);
    }

    private void writeProjects(BatchBody lines, OutputStream out) throws IOException {
        int written = 0;
        while (lines.hasNext()) {
            BatchLine line = lines.next().read();
            ProjectDescriptor descriptor = line.descriptor();
            out.write(projectLines.writeValueAsBytes(descriptor == null ? new ProjectLine(line.number(), null, null)
                    : new ProjectLine(line.number(), descriptor.sector().wireName(), descriptor.country())));
            out.write(NEWLINE);
            if (++written % 1000 == 0) {
                out.flush();
            }
        }
        out.flush();
    }

    /** A line's sector and country; neither for a line that is no descriptor. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ProjectLine(int line, String sector, String country) {
    }

    /** A line's class and exclusion under the version compared with, or that it was refused. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ComparedLine(int line, @JsonProperty("class") TrafficLight trafficLight, Boolean excluded,
            Boolean refused) {

        static ComparedLine of(EvaluationBatchResult result) {
            return result.evaluation() == null ? new ComparedLine(result.line(), null, null, true)
                    : new ComparedLine(result.line(), result.evaluation().assessment().trafficLight(),
                    result.evaluation().assessment().excluded(), null);
        }
    }
}
