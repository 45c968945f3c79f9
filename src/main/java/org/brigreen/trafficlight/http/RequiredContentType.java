package org.brigreen.trafficlight.http;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.brigreen.trafficlight.input.FieldError;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * An endpoint that takes a body is told what the body is: without a Content-Type (or with an empty one), 415 naming
 * the media types it takes. The server would otherwise match such a request to any of them and read the body as a
 * guess. Endpoints that take no body (replay, verify, impact) declare no media type and are left alone.
 */
public class RequiredContentType {

    /** The media type the request's body was sent as, without its parameters: {@code text/csv}. */
    public static String essence(HttpHeaders headers) {
        MediaType type = headers.getMediaType();
        return type.getType() + "/" + type.getSubtype();
    }

    @ServerRequestFilter
    public Optional<Response> requireContentType(ContainerRequestContext request, ResourceInfo resource) {
        String contentType = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (contentType != null && !contentType.isBlank() || resource.getResourceMethod() == null) {
            return Optional.empty();
        }
        Consumes consumes = Optional.ofNullable(resource.getResourceMethod().getAnnotation(Consumes.class))
                .orElse(resource.getResourceClass().getAnnotation(Consumes.class));
        if (consumes == null) {
            return Optional.empty();
        }
        List<String> accepted = Arrays.asList(consumes.value());
        String path = request.getUriInfo().getPath();
        return Optional.of(Problems.response(Problem.of(ProblemType.HTTP_415, "Unsupported Media Type", 415,
                "The request has no Content-Type; send the body as " + String.join(" or ", accepted) + ".", path)
                .withErrors(List.of(new FieldError("Content-Type", "is required", accepted)))));
    }
}
