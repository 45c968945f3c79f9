package org.brigreen.trafficlight.http;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Adds to the contract (META-INF/openapi.yaml) the error responses that many operations share, so that it states each
 * once. An operation that needs a token (its security requirement names the roles) gets the roles in its description,
 * and its 401, 403 and 429 (every operation that needs a token is rate-limited). An operation marked
 * {@value #DECISION_LOG} reads or writes the decision log: it gets the 503 of an unavailable log unless it describes
 * its own. The marker is removed: it is no part of the served document.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class SharedErrorResponses implements OASFilter {

    /** The name of the bearer security scheme in the contract. */
    private static final String SCHEME = "bearer";
    /** The contract's marker of an operation that reads or writes the decision log. */
    private static final String DECISION_LOG = "x-decision-log";
    private static final String SCOPED = " Lenders and enterprises see only their own organisation's decisions "
            + "(another organisation's decision is answered 404, as if it did not exist); regulators see every "
            + "decision.";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().values()
                .forEach(operation -> {
                    describeAccess(path, operation);
                    describeDecisionLog(path, operation);
                }));
    }

    private static void describeAccess(String path, Operation operation) {
        List<String> roles = roles(operation);
        if (roles.isEmpty()) {
            return;
        }
        String who = "Roles: " + String.join(", ", roles) + "."
                + (path.startsWith("/v1/decisions") ? SCOPED : "");
        operation.setDescription(operation.getDescription() == null ? who : operation.getDescription() + " " + who);
        APIResponses responses = operation.getResponses();
        responses.addAPIResponse("401", problem("A bearer token is required, and this one is missing, expired, not "
                + "signed by the identity provider, from another issuer, or (for a lender or an enterprise) without an "
                + "org claim.", "unauthorized", ProblemType.UNAUTHORIZED, "Unauthorized", 401, "The bearer token is not valid.",
                path));
        responses.addAPIResponse("403", problem("The token's roles do not include one of: " + String.join(", ", roles)
                + ".", "forbidden", ProblemType.FORBIDDEN, "Forbidden", 403, "Your role may not do this.", path));
        responses.addAPIResponse("429", problem("Too many requests from the caller's organisation, or without a valid "
                + "token from the caller's address: retry after Retry-After seconds.", "rate-limited", ProblemType.RATE_LIMITED,
                "Too Many Requests", 429,
                "Too many requests from your organisation. Retry after the time given in Retry-After.", path)
                .addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait before retrying.")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).examples(List.of(1)))));
    }

    private static void describeDecisionLog(String path, Operation operation) {
        if (operation.getExtensions() == null || !operation.getExtensions().containsKey(DECISION_LOG)) {
            return;
        }
        operation.removeExtension(DECISION_LOG);
        if (!operation.getResponses().hasAPIResponse("503")) {
            operation.getResponses().addAPIResponse("503", problem("The decision log cannot be read right now; retry.",
                    "unavailable", ProblemType.DECISION_LOG_UNAVAILABLE, "Service Unavailable", 503,
                    "The decision log cannot be read right now. Retry shortly.", path));
        }
    }

    private static List<String> roles(Operation operation) {
        if (operation.getSecurity() == null) {
            return List.of();
        }
        return operation.getSecurity().stream().map(SecurityRequirement::getSchemes)
                .filter(schemes -> schemes != null && schemes.containsKey(SCHEME))
                .flatMap(schemes -> schemes.get(SCHEME).stream()).distinct().toList();
    }

    private static APIResponse problem(String description, String exampleName, ProblemType type, String title, int status,
            String detail, String path) {
        // In the order of every other problem example; Map.of would shuffle it from run to run.
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", type.uri());
        example.put("title", title);
        example.put("status", status);
        example.put("detail", detail);
        example.put("instance", path);
        return OASFactory.createAPIResponse().description(description).content(OASFactory.createContent()
                .addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("Problem"))
                        .addExample(exampleName, OASFactory.createExample().value(example))));
    }
}
