package org.brigreen.trafficlight.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.brigreen.trafficlight.http.Problem;
import org.brigreen.trafficlight.http.ProblemType;
import org.brigreen.trafficlight.http.Problems;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Answers a missing or refused token (401) and a role that may not do this (403) as problem+json. The reason is
 * short and the same for every refused token: why a token failed (signature, expiry, issuer) helps only a forger.
 * Authentication is lazy ({@code quarkus.http.auth.proactive=false}) so that its failures reach these mappers.
 */
public class SecurityProblems {

    static final String CHALLENGE = "Bearer";

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return unauthorized("A bearer token is required.", uri);
    }

    @ServerExceptionMapper
    public Response refusedToken(AuthenticationFailedException e, UriInfo uri) {
        return unauthorized("The bearer token is not valid.", uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return Problems.response(Problem.of(ProblemType.FORBIDDEN, "Forbidden", 403,
                "Your role may not do this.", uri.getPath()));
    }

    private static Response unauthorized(String detail, UriInfo uri) {
        return Response.fromResponse(Problems.response(Problem.of(ProblemType.UNAUTHORIZED, "Unauthorized", 401, detail,
                uri.getPath()))).header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE).build();
    }
}
