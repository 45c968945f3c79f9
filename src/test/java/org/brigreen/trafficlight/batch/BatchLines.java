package org.brigreen.trafficlight.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.brigreen.trafficlight.classification.ProjectTable.Project;

/** Batch bodies and results for the tests: projects as NDJSON or CSV lines, and results read back. */
public final class BatchLines {

    static final ObjectMapper JSON = new ObjectMapper();

    private BatchLines() {
    }

    /** The project's descriptor with {@code reference} as its reference. */
    static ObjectNode withReference(Project project, String reference) {
        ObjectNode descriptor = project.descriptor().deepCopy();
        descriptor.put("reference", reference);
        return descriptor;
    }

    /** The results of a batch, one JSON object per line. */
    static List<JsonNode> results(String body) {
        List<JsonNode> results = new ArrayList<>();
        for (String line : body.split("\n")) {
            try {
                results.add(JSON.readTree(line));
            } catch (IOException e) {
                throw new UncheckedIOException("a result line is not JSON: " + line, e);
            }
        }
        return results;
    }

    /** Descriptors as CSV: a header of every dotted field any of them has, then one row each. */
    public static String csv(List<? extends JsonNode> descriptors) {
        Set<String> fields = new LinkedHashSet<>();
        descriptors.forEach(descriptor -> collectFields(descriptor, "", fields));
        StringBuilder csv = new StringBuilder(String.join(",", fields)).append('\n');
        for (JsonNode descriptor : descriptors) {
            StringJoiner row = new StringJoiner(",");
            for (String field : fields) {
                row.add(cell(descriptor.at("/" + field.replace('.', '/'))));
            }
            csv.append(row).append('\n');
        }
        return csv.toString();
    }

    private static void collectFields(JsonNode node, String prefix, Set<String> fields) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getValue().isObject()) {
                collectFields(field.getValue(), prefix + field.getKey() + ".", fields);
            } else {
                fields.add(prefix + field.getKey());
            }
        }
    }

    private static String cell(JsonNode value) {
        if (value.isMissingNode() || value.isNull()) {
            return "";
        }
        if (value.isArray()) {
            List<String> values = new ArrayList<>();
            value.forEach(element -> values.add(element.asText()));
            return quoted(String.join("|", values));
        }
        return quoted(value.asText());
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
