package org.brigreen.trafficlight.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import static org.brigreen.trafficlight.security.Api.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * openapi/openapi.yaml is the contract as served: the build writes it (from META-INF/openapi.yaml and
 * http.SharedErrorResponses) into target/openapi, the service serves exactly that, and it documents every field and
 * response.
 */
@QuarkusTest
class OpenApiContractTest {

    private static final Path CONTRACT = Path.of("openapi", "openapi.yaml");
    private static final Path BUILT = Path.of("target", "openapi");
    private static final String REWRITE = "./mvnw -q package -DskipTests "
            + "-Dquarkus.smallrye-openapi.store-schema-directory=openapi";
    private static final ObjectMapper YAML = new YAMLMapper();

    @Test
    void theCommittedContractIsTheOneTheBuildWrote() throws IOException {
        for (String file : List.of("openapi.yaml", "openapi.json")) {
            Path committed = CONTRACT.resolveSibling(file);
            Path built = BUILT.resolve(file);
            assertTrue(Files.exists(committed) && Files.mismatch(built, committed) == -1, committed
                    + " differs from the contract the build wrote, " + built + ". If the change is intended, review "
                    + "it with 'diff " + committed + " " + built + "' and rewrite the committed copy with: " + REWRITE);
        }
    }

    @Test
    void theServiceServesTheContractTheBuildWrote() throws IOException {
        for (String format : List.of("yaml", "json")) {
            byte[] served = given().when().get("/q/openapi?format=" + format).then().statusCode(200).extract()
                    .asByteArray();
            assertEquals(-1, Arrays.mismatch(Files.readAllBytes(BUILT.resolve("openapi." + format)), served),
                    "/q/openapi?format=" + format + " differs from " + BUILT.resolve("openapi." + format));
        }
    }

    @Test
    void theContractDescribesEveryFieldParameterAndResponseWithAnExample() throws IOException {
        JsonNode contract = YAML.readTree(CONTRACT.toFile());
        List<String> undocumented = new ArrayList<>();
        JsonNode schemas = contract.path("components").path("schemas");
        schemas.fields().forEachRemaining(schema -> checkSchema(schema.getKey(), schema.getValue(), schemas,
                undocumented));
        contract.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String operation = op.getKey().toUpperCase() + " " + path.getKey();
            op.getValue().path("parameters").forEach(parameter -> {
                String name = operation + " parameter " + parameter.path("name").asText();
                require(parameter.has("description"), name + ": description", undocumented);
                require(hasExample(parameter) || hasExample(parameter.path("schema")), name + ": example",
                        undocumented);
            });
            op.getValue().path("responses").fields().forEachRemaining(response -> {
                String name = operation + " " + response.getKey();
                require(response.getValue().has("description"), name + ": description", undocumented);
                response.getValue().path("content").fields().forEachRemaining(media -> require(
                        hasExample(media.getValue()), name + " " + media.getKey() + ": example", undocumented));
            });
        }));
        assertEquals(List.of(), undocumented);
    }

    @Test
    void everyOperationHasAnOperationIdOfItsOwn() throws IOException {
        List<String> operationIds = new ArrayList<>();
        YAML.readTree(CONTRACT.toFile()).path("paths").forEach(path -> path.forEach(operation -> operationIds.add(
                operation.path("operationId").asText())));
        List<String> unfit = operationIds.stream().filter(id -> !id.matches("[a-z][A-Za-z0-9]*")
                || operationIds.indexOf(id) != operationIds.lastIndexOf(id)).toList();
        assertEquals(List.of(), unfit, "Every operation needs an operationId in lowerCamelCase that no other has.");
    }

    @Test
    void swaggerUiIsServed() {
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }

    private static void checkSchema(String name, JsonNode schema, JsonNode schemas, List<String> undocumented) {
        if (!isObject(schema, schemas)) {
            return;
        }
        require(schema.has("description"), name + ": description", undocumented);
        for (Map.Entry<String, JsonNode> property : iterable(schema.path("properties"))) {
            String field = name + "." + property.getKey();
            JsonNode value = property.getValue();
            require(value.has("description"), field + ": description", undocumented);
            boolean structured = isObject(value, schemas) || isObject(value.path("items"), schemas);
            require(structured || hasExample(value), field + ": example", undocumented);
        }
    }

    private static boolean isObject(JsonNode schema, JsonNode schemas) {
        JsonNode resolved = schema.has("$ref")
                ? schemas.path(schema.get("$ref").asText().replace("#/components/schemas/", ""))
                : schema;
        return resolved.has("properties") || "object".equals(resolved.path("type").asText())
                && !resolved.has("additionalProperties");
    }

    private static boolean hasExample(JsonNode node) {
        return node.has("example") || node.has("examples");
    }

    private static void require(boolean holds, String what, List<String> undocumented) {
        if (!holds) {
            undocumented.add(what);
        }
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode object) {
        return object::fields;
    }
}
