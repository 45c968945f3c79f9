package org.brigreen.trafficlight.classification;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.StreamSupport;

/** The whole, realistic projects of src/test/resources/projects.yaml, each with the class it must get. */
public final class ProjectTable {

    private ProjectTable() {
    }

    /** A row of the table; {@code version} is null for the version in effect. */
    public record Project(String name, String version, JsonNode descriptor, String trafficLight, boolean excluded,
            List<String> rules, List<String> absentRules, List<String> missing) {

        public Project {
            rules = rules == null ? List.of() : rules;
            absentRules = absentRules == null ? List.of() : absentRules;
            missing = missing == null ? List.of() : missing;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    public static List<Project> projects() {
        try (InputStream table = ProjectTable.class.getResourceAsStream("/projects.yaml")) {
            List<JsonNode> rows = new YAMLMapper().readValue(table, new TypeReference<>() { });
            return rows.stream().map(row -> new Project(
                    row.path("name").asText(),
                    row.hasNonNull("version") ? row.get("version").asText() : null,
                    row.get("descriptor"),
                    row.path("class").asText(),
                    row.path("excluded").asBoolean(),
                    strings(row.get("rules")),
                    strings(row.get("absentRules")),
                    strings(row.get("missing")))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The projects classified under the version in effect. */
    public static List<Project> underTheVersionInEffect() {
        return projects().stream().filter(project -> project.version() == null).toList();
    }

    private static List<String> strings(JsonNode array) {
        return array == null ? null : StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
