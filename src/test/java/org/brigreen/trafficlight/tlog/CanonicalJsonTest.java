package org.brigreen.trafficlight.tlog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Random;
import org.erdtman.jcs.JsonCanonicalizer;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The log's canonical JSON is byte for byte what the RFC 8785 library makes of the same JSON text. */
class CanonicalJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String[] TEXTS = {"", "a", "Z", "é", "中文", "\u0000", "\u001f", "\n\t\r\b\f", "\"\\/",
        "\ud83d\ude00", "\u2028\u2029", "\u007f", "coal_power", "sha256:3f1c", "~1/"};

    @Test
    void randomTreesAreWrittenAsTheLibraryWritesThem() throws Exception {
        Random random = new Random(8785);
        for (int i = 0; i < 5_000; i++) {
            JsonNode tree = object(random, 0);
            String expected = new JsonCanonicalizer(MAPPER.writeValueAsString(tree)).getEncodedString();
            assertEquals(expected, CanonicalJson.of(tree), tree.toString());
        }
    }

    @Test
    void numbersTakeTheirShortestForm() throws Exception {
        double[] numbers = {0, -0.0, 1, -1, 0.1, 1e21, 1e-7, 123456789012345680000.0, 4.35, 5e-324, Double.MAX_VALUE,
            9007199254740993.0, 50.0, 42.5, 1e10, 333333333.3333333};
        for (double number : numbers) {
            ArrayNode array = JSON.arrayNode().add(number).add(JSON.numberNode(BigDecimal.valueOf(number)));
            String expected = new JsonCanonicalizer(MAPPER.writeValueAsString(array)).getEncodedString();
            assertEquals(expected, CanonicalJson.of(array), String.valueOf(number));
        }
    }

    private static ObjectNode object(Random random, int depth) {
        ObjectNode object = JSON.objectNode();
        int fields = random.nextInt(6);
        for (int i = 0; i < fields; i++) {
            object.set(text(random) + random.nextInt(100), value(random, depth + 1));
        }
        return object;
    }

    private static JsonNode value(Random random, int depth) {
        int kind = random.nextInt(depth > 3 ? 6 : 8);
        return switch (kind) {
            case 0 -> JSON.textNode(text(random) + text(random));
            case 1 -> JSON.numberNode(random.nextInt(2_000_001) - 1_000_000);
            case 2 -> JSON.numberNode(random.nextDouble() * Math.pow(10, random.nextInt(40) - 20));
            case 3 -> JSON.numberNode(random.nextLong());
            case 4 -> JSON.booleanNode(random.nextBoolean());
            case 5 -> JSON.nullNode();
            case 6 -> {
                ArrayNode array = JSON.arrayNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    array.add(value(random, depth + 1));
                }
                yield array;
            }
            default -> object(random, depth);
        };
    }

    private static String text(Random random) {
        return TEXTS[random.nextInt(TEXTS.length)];
    }
}
