package org.brigreen.trafficlight.security;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brigreen.trafficlight.http.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Completes the API description of every operation that needs a token: SmallRye adds the bearer security
 * requirement, with the allowed roles, from {@code @RolesAllowed}, and bare 401 and 403 responses. This filter names
 * the roles in the operation's description and describes the 401 and 403 as the problem+json they are, with
 * examples, and the 429 of the rate limit, which every operation that needs a token has too. Deriving both from the annotations keeps the description from drifting from the code.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class SecurityContract implements OASFilter {

    /** The name of the bearer security scheme (quarkus.smallrye-openapi.security-scheme-name). */
    static final String SCHEME = "bearer";
    private static final String SCOPED = " Lenders and enterprises see only their own organisation's decisions (another "
            + "organisation's decision is answered 404, as if it did not exist); regulators see every decision.";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().values()
                .forEach(operation -> describe(path, operation)));
    }

    private static void describe(String path, Operation operation) {
        List<String> roles = roles(operation);
        if (roles.isEmpty()) {
            return;
        }
        String who = "Roles: " + String.join(", ", roles) + "."
                + (path.startsWith("/v1/decisions") ? SCOPED : "");
        operation.setDescription(operation.getDescription() == null ? who : operation.getDescription() + " " + who);
        operation.getResponses().addAPIResponse("401", problem("A bearer token is required, and this one is "
                + "missing, expired, not signed by the identity provider, from another issuer, or (for a lender or "
                + "an enterprise) without an org claim.", "unauthorized", "Unauthorized", 401,
                "The bearer token is not valid.", path));
        operation.getResponses().addAPIResponse("403", problem("The token's roles do not include one of: "
                + String.join(", ", roles) + ".", "forbidden", "Forbidden", 403, "Your role may not do this.", path));
        operation.getResponses().addAPIResponse("429", problem("Too many requests from the caller's "
                + "organisation, or without a valid token from the caller's address: retry after Retry-After "
                + "seconds.", "rate-limited", "Too Many Requests", 429,
                "Too many requests from your organisation. Retry after the time given in Retry-After.", path)
                .addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait before retrying.")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).examples(List.of(1)))));
    }

    private static List<String> roles(Operation operation) {
        if (operation.getSecurity() == null) {
            return List.of();
        }
        return operation.getSecurity().stream().map(SecurityRequirement::getSchemes)
                .filter(schemes -> schemes != null && schemes.containsKey(SCHEME))
                .flatMap(schemes -> schemes.get(SCHEME).stream()).distinct().toList();
    }

    private static APIResponse problem(String description, String type, String title, int status, String detail,
            String path) {
        // In the order of every other problem example; Map.of would shuffle it from run to run.
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", "urn:problem-type:traffic-light:" + type);
        example.put("title", title);
        example.put("status", status);
        example.put("detail", detail);
        example.put("instance", path);
        return OASFactory.createAPIResponse().description(description).content(OASFactory.createContent()
                .addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("Problem"))
                        .addExample(type, OASFactory.createExample().value(example))));
    }
}
