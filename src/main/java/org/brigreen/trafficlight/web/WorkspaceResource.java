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

/** Where a person lands after signing in: the pages their role may use. */
@Path("/app")
public class WorkspaceResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance workspace(Viewer person);
    }

    private final Pages pages;

    public WorkspaceResource(Pages pages) {
        this.pages = pages;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response workspace(@Context HttpHeaders headers, @Context UriInfo uri) {
        Viewer viewer = pages.viewer();
        return pages.page(Templates.workspace(viewer), pages.language(headers, uri), viewer, uri);
    }
}
