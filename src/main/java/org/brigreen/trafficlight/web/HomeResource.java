package org.brigreen.trafficlight.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.brigreen.trafficlight.rules.RuleSet;
import org.brigreen.trafficlight.rules.RuleSetCatalog;

/** The service's front page, for people: what it does, for whom, the classes, and the rules in effect. */
@Path("/")
public class HomeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(RuleSet inEffect);
    }

    private final RuleSetCatalog catalog;
    private final Pages pages;

    public HomeResource(RuleSetCatalog catalog, Pages pages) {
        this.catalog = catalog;
        this.pages = pages;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response home(@Context HttpHeaders headers, @Context UriInfo uri) {
        RuleSet inEffect = catalog.select(null, null, LocalDate.now(ZoneOffset.UTC));
        return pages.page(Templates.home(inEffect), pages.language(headers, uri), null, uri);
    }
}
