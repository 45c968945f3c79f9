package org.brigreen.trafficlight.http;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.annotation.Annotation;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.brigreen.trafficlight.input.FieldError;
import org.brigreen.trafficlight.input.InvalidRequestException;
import org.brigreen.trafficlight.input.NotFoundException;
import org.brigreen.trafficlight.input.TooLargeException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Answers every error of the API as RFC 9457 problem+json: invalid requests with each invalid field, HTTP errors with
 * their status, and anything unexpected as a bare 500 that gives away nothing internal.
 */
public class Problems {

    private static final Logger LOG = Logger.getLogger(Problems.class);

    /** The response carrying a problem. */
    public static Response response(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    @ServerExceptionMapper
    public Response invalidRequest(InvalidRequestException e, UriInfo uri) {
        return response(invalid(e, uri.getPath()));
    }

    /** The problem of an invalid request: what is wrong, and every invalid field. */
    public static Problem invalid(InvalidRequestException e, String instance) {
        return Problem.of(ProblemType.INVALID_REQUEST, "Invalid request", 400, e.getMessage(), instance).withErrors(e.errors());
    }

    /**
     * A path, query or header parameter outside its constraints (a rule-set name too long, say): a 400 naming the
     * parameter as the caller sent it. A violation by the service's own answer is its fault, not the caller's.
     */
    @ServerExceptionMapper
    public Response invalidParameters(ConstraintViolationException e, UriInfo uri) {
        if (e.getConstraintViolations().stream().anyMatch(violation -> parameterNode(violation).isEmpty())) {
            return unexpected(e, uri);
        }
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(violation -> new FieldError(parameterName(violation), violation.getMessage()))
                .sorted(Comparator.comparing(FieldError::pointer))
                .toList();
        return response(invalid(new InvalidRequestException(errors.size() == 1 ? "A parameter is invalid."
                : errors.size() + " parameters are invalid.", errors), uri.getPath()));
    }

    private static Optional<Path.ParameterNode> parameterNode(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                return Optional.of(node.as(Path.ParameterNode.class));
            }
        }
        return Optional.empty();
    }

    /** The name in the request of the violated parameter: its @QueryParam, @PathParam or @HeaderParam. */
    private static String parameterName(ConstraintViolation<?> violation) {
        Path.ParameterNode parameter = parameterNode(violation).orElseThrow();
        Path.MethodNode method = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                method = node.as(Path.MethodNode.class);
            }
        }
        // The validated bean may be a subclass made for interceptors, whose methods carry no annotations.
        for (Class<?> type = violation.getRootBeanClass(); method != null && type != null;
                type = type.getSuperclass()) {
            try {
                Annotation[] annotations = type.getDeclaredMethod(method.getName(),
                        method.getParameterTypes().toArray(Class<?>[]::new))
                        .getParameterAnnotations()[parameter.getParameterIndex()];
                Optional<String> name = requestName(annotations);
                if (name.isPresent()) {
                    return name.get();
                }
            } catch (NoSuchMethodException e) {
                // declared further up
            }
        }
        return parameter.getName();
    }

    private static Optional<String> requestName(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return Optional.of(query.value());
            }
            if (annotation instanceof PathParam path) {
                return Optional.of(path.value());
            }
            if (annotation instanceof HeaderParam header) {
                return Optional.of(header.value());
            }
        }
        return Optional.empty();
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return response(Problem.of(ProblemType.HTTP_404, "Not Found", 404, e.getMessage(), uri.getPath()));
    }

    @ServerExceptionMapper
    public Response tooLarge(TooLargeException e, UriInfo uri) {
        return response(Problem.of(ProblemType.HTTP_413, "Request Entity Too Large", 413, e.getMessage(), uri.getPath()));
    }

    @ServerExceptionMapper
    public Response httpError(WebApplicationException e, UriInfo uri) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        return response(Problem.of(ProblemType.ofStatus(status.getStatusCode()), status.getReasonPhrase(),
                status.getStatusCode(), detailOf(status.getStatusCode(), e), uri.getPath()));
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(RuntimeException e, UriInfo uri) {
        LOG.error("Unexpected failure serving " + uri.getPath(), e);
        return response(Problem.of(ProblemType.INTERNAL_ERROR, "Internal Server Error", 500,
                "The request could not be served. It has been logged.", uri.getPath()));
    }

    private static String detailOf(int status, WebApplicationException e) {
        return switch (status) {
            case 404 -> "There is nothing at this path.";
            case 405 -> "This method is not allowed on this path.";
            case 406 -> "None of the media types in Accept can be served here; see the API description at /q/openapi.";
            case 413 -> e.getMessage();
            case 415 -> "The request body's media type is not accepted here: application/json for one project (a "
                    + "classification or an evaluation), application/x-ndjson or text/csv for a batch of them.";
            default -> "The request could not be served.";
        };
    }
}
