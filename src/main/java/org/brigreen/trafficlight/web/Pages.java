package org.brigreen.trafficlight.web;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.brigreen.trafficlight.rules.Language;
import org.brigreen.trafficlight.security.Callers;
import org.brigreen.trafficlight.security.Roles;

/**
 * What every page shares: the language it is shown in, the person it is shown to, and the answer that carries it (with
 * the language remembered when the person chose it).
 */
@ApplicationScoped
public class Pages {

    /** A year: how long the language a person chose is remembered. */
    private static final int LANGUAGE_KEPT_SECONDS = 365 * 24 * 3600;
    private static final List<String> ROLES = List.of(Roles.ENTERPRISE, Roles.LENDER, Roles.REGULATOR,
            Roles.RULES_ADMIN);

    private final Callers callers;

    public Pages(Callers callers) {
        this.callers = callers;
    }

    /** The language the request's page is to be shown in. */
    public Language language(HttpHeaders headers, UriInfo uri) {
        Cookie remembered = headers.getCookies().get(PageLanguage.PARAMETER);
        return PageLanguage.of(uri.getQueryParameters().getFirst(PageLanguage.PARAMETER),
                remembered == null ? null : remembered.getValue(), headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /** The pages' texts in {@code language}, for a page whose words are put together in Java. */
    public PageTexts texts(Language language) {
        return MessageBundles.get(PageTexts.class, Localized.Literal.of(language.tag()));
    }

    /** The signed-in person; only for pages under /app, which sign-in guards. */
    public Viewer viewer() {
        return new Viewer(callers.name(), callers.firstRole(ROLES).orElse(""), callers.organisation().orElse(null));
    }

    /** The page {@code template}, in {@code language}, for a person who is signed in or not ({@code viewer} null). */
    public Response page(TemplateInstance template, Language language, Viewer viewer, UriInfo uri) {
        Response.ResponseBuilder page = Response.ok(template.data("lang", language.tag()).data("viewer", viewer)
                        .setLocale(PageLanguage.locale(language)))
                .header(HttpHeaders.CONTENT_LANGUAGE, language.tag())
                .header(HttpHeaders.VARY, "Accept-Language, Cookie");
        if (PageLanguage.named(uri.getQueryParameters().getFirst(PageLanguage.PARAMETER)) != null) {
            page.cookie(new NewCookie.Builder(PageLanguage.PARAMETER).value(language.tag()).path("/")
                    .maxAge(LANGUAGE_KEPT_SECONDS).httpOnly(true).sameSite(NewCookie.SameSite.LAX).build());
        }
        return page.build();
    }
}
