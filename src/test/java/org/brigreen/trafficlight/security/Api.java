package org.brigreen.trafficlight.security;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import io.restassured.specification.RequestSpecification;
import java.net.URI;

/**
 * Requests to the API as a caller allowed to make them. {@link #given()} adds the token of the role that the endpoint
 * is for, unless the request has one: a lender of {@value #ORG} to classify or evaluate, a regulator (who sees every
 * decision) for everything else. Tests about who may do what choose the token themselves, with {@link #as(String)}.
 */
public final class Api {

    /** The organisation of the lender that {@link #given()} classifies as. */
    public static final String ORG = "org-test";
    private static final Filter ROLE_BY_ENDPOINT = new RoleByEndpoint();

    private Api() {
    }

    public static RequestSpecification given() {
        return RestAssured.given().filter(ROLE_BY_ENDPOINT);
    }

    /** A request with this bearer token. */
    public static RequestSpecification as(String token) {
        return RestAssured.given().auth().oauth2(token);
    }

    /** A request without a token. */
    public static RequestSpecification anonymous() {
        return RestAssured.given();
    }

    private static final class RoleByEndpoint implements Filter {

        private static final String LENDER = Tokens.lender(ORG);
        private static final String REGULATOR = Tokens.regulator();

        @Override
        public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                FilterContext context) {
            if (!request.getHeaders().hasHeaderWithName("Authorization")) {
                String path = URI.create(request.getURI()).getPath();
                boolean classify = request.getMethod().equals("POST")
                        && (path.startsWith("/v1/classifications") || path.startsWith("/v1/evaluations"));
                request.header("Authorization", "Bearer " + (classify ? LENDER : REGULATOR));
            }
            return context.next(request, response);
        }
    }
}
