package org.brigreen.trafficlight.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.brigreen.trafficlight.rules.Language;
import org.brigreen.trafficlight.rules.RuleSet;
import org.brigreen.trafficlight.rules.RuleSetCatalog;

/** The service's front page, for people: what it does, for whom, the classes, and the rules in effect. */
@Path("/")
public class HomeResource {

    /** A year: how long the language a person chose is remembered. */
    private static final int LANGUAGE_KEPT_SECONDS = 365 * 24 * 3600;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(String lang, RuleSet inEffect);
    }

    private final RuleSetCatalog catalog;

    public HomeResource(RuleSetCatalog catalog) {
        this.catalog = catalog;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response home(@QueryParam(PageLanguage.PARAMETER) String chosen,
            @CookieParam(PageLanguage.PARAMETER) String remembered,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Language language = PageLanguage.of(chosen, remembered, acceptLanguage);
        RuleSet inEffect = catalog.select(null, null, LocalDate.now(ZoneOffset.UTC));
        Response.ResponseBuilder page = Response.ok(Templates.home(language.tag(), inEffect)
                        .setLocale(PageLanguage.locale(language)))
                .header(HttpHeaders.CONTENT_LANGUAGE, language.tag())
                .header(HttpHeaders.VARY, "Accept-Language, Cookie");
        if (PageLanguage.named(chosen) != null) {
            page.cookie(new NewCookie.Builder(PageLanguage.PARAMETER).value(language.tag()).path("/")
                    .maxAge(LANGUAGE_KEPT_SECONDS).httpOnly(true).sameSite(NewCookie.SameSite.LAX).build());
        }
        return page.build();
    }
}
