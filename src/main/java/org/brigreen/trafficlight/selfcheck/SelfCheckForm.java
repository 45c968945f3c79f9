package org.brigreen.trafficlight.selfcheck;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.brigreen.trafficlight.decision.DescriptorSchema;
import org.brigreen.trafficlight.rules.FactType;

/**
 * The self-check form: the descriptor's facts grouped as a person thinks of them, and the translation between the
 * form's fields (one per fact, named by its dotted name) and the descriptor as JSON, which the API's parser then
 * checks: the form refuses what the API refuses, in the API's words.
 */
final class SelfCheckForm {

    /** The groups of the form, in order, with the facts of each. Every fact of the descriptor is in one group. */
    static final Map<String, List<String>> GROUPS = groups();

    /** The facts a project must state; the form marks them. */
    static final List<String> REQUIRED = List.of("country", "sector", "stage");

    /** The site's location as a point: its latitude and longitude in degrees (WGS 84). */
    static final String LATITUDE = "site.latitude";
    static final String LONGITUDE = "site.longitude";
    /** The site's location as a GeoJSON geometry (a line or a polygon); when given, it is the location. */
    static final String GEOMETRY = "site.geometry";
    /** The form's location fields, which are not facts: they make the descriptor's {@code site.location}. */
    static final List<String> LOCATION = List.of(LATITUDE, LONGITUDE, GEOMETRY);
    private static final String LOCATION_POINTER = "/site/location";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The form field carrying a whole descriptor as JSON: a what-if, or a self-check to record. */
    static final String DESCRIPTOR_FIELD = "descriptor";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private SelfCheckForm() {
    }

    private static Map<String, List<String>> groups() {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        groups.put("project", List.of("reference", "name", "country", "sector", "stage", "capacityMw",
                "excludedActivities"));
        groups.put("site", List.of(LATITUDE, LONGITUDE, GEOMETRY, "site.protectedArea", "site.worldHeritage", "site.ramsar", "site.kba",
                "site.criticalHabitat", "site.nearestSensitiveAreaKm", "site.sensitiveReceptors",
                "site.indigenousPeoples", "site.conflictAffected"));
        groups.put("people", List.of("social.physicallyDisplacedPersons", "social.economicallyDisplacedPersons",
                "social.indigenousPeoplesConsent", "social.culturalHeritage", "grievanceMechanism"));
        groups.put("eia", List.of("eia.status", "eia.standard", "eia.publicConsultation", "eia.disclosed"));
        groups.put("coal", List.of("coal.exposure", "coal.constructionStart"));
        groups.put("emissions", List.of("emissions.scope12TonnesPerYear", "emissions.intensityGramsPerKwh",
                "hydro.powerDensityWattsPerM2", "hydro.commissioningYear", "mitigation"));
        groups.put("finance", List.of("finance.capexUsd", "finance.loanUsd", "finance.tenorYears", "finance.type"));
        return groups;
    }

    /**
     * The descriptor the form's fields describe, as JSON: every field left blank is a fact not stated. A value is
     * read as a CSV cell is ({@link DescriptorSchema.Fact#valueOfText}), so that what the API would refuse stays in
     * the tree for its parser to name.
     */
    static ObjectNode descriptorOf(Map<String, List<String>> fields) {
        ObjectNode descriptor = JSON.objectNode();
        DescriptorSchema.PROJECT.facts().forEach((name, fact) -> {
            List<String> values = fields.getOrDefault(name, List.of()).stream().map(String::strip)
                    .filter(value -> !value.isEmpty()).toList();
            if (!values.isEmpty()) {
                String text = fact.type() == FactType.LIST ? String.join(DescriptorSchema.Fact.LIST_SEPARATOR, values)
                        : values.get(0);
                objectAt(descriptor, name).set(leaf(name), fact.valueOfText(text));
            }
        });
        location(fields).ifPresent(location -> objectAt(descriptor, "site.location").set("location", location));
        return descriptor;
    }

    /**
     * The location the fields give, as GeoJSON: the geometry when one is entered (text that is not JSON is kept as
     * text, for the parser to refuse), else the point of the latitude and longitude; none when all are blank.
     */
    private static Optional<JsonNode> location(Map<String, List<String>> fields) {
        String geometry = first(fields, GEOMETRY);
        if (!geometry.isEmpty()) {
            try {
                return Optional.of(MAPPER.readTree(geometry));
            } catch (JsonProcessingException e) {
                return Optional.of(JSON.textNode(geometry));
            }
        }
        String latitude = first(fields, LATITUDE);
        String longitude = first(fields, LONGITUDE);
        if (latitude.isEmpty() && longitude.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode point = JSON.objectNode().put("type", "Point");
        point.putArray("coordinates").add(coordinate(longitude)).add(coordinate(latitude));
        return Optional.of(point);
    }

    private static JsonNode coordinate(String text) {
        try {
            return JSON.numberNode(new BigDecimal(text));
        } catch (NumberFormatException e) {
            return JSON.textNode(text);
        }
    }

    private static String first(Map<String, List<String>> fields, String name) {
        return fields.getOrDefault(name, List.of()).stream().map(String::strip).filter(value -> !value.isEmpty())
                .findFirst().orElse("");
    }

    /**
     * The location field a refusal of the location is about: a coordinate of the point its field, anything else the
     * geometry's field (or the point's, when no geometry was entered); null when the refusal is not of the location.
     */
    static String locationFieldOf(String pointer, Map<String, List<String>> fields) {
        if (!pointer.startsWith(LOCATION_POINTER)) {
            return null;
        }
        if (!first(fields, GEOMETRY).isEmpty()) {
            return GEOMETRY;
        }
        if (pointer.equals(LOCATION_POINTER + "/coordinates/1")) {
            return LATITUDE;
        }
        if (pointer.equals(LOCATION_POINTER + "/coordinates/0")) {
            return LONGITUDE;
        }
        return coordinate(first(fields, LATITUDE)).isNumber() ? LONGITUDE : LATITUDE;
    }

    /** The form's fields for a descriptor given as JSON: what a person would have entered to describe it. */
    static Map<String, List<String>> fieldsOf(JsonNode descriptor) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        DescriptorSchema.PROJECT.facts().keySet().forEach(name -> {
            JsonNode value = descriptor.at("/" + name.replace('.', '/'));
            if (value.isArray()) {
                List<String> values = new ArrayList<>();
                value.forEach(element -> values.add(element.asText()));
                fields.put(name, values);
            } else if (!value.isMissingNode() && !value.isNull()) {
                fields.put(name, List.of(value.asText()));
            }
        });
        JsonNode location = descriptor.at(LOCATION_POINTER);
        JsonNode coordinates = location.path("coordinates");
        if ("Point".equals(location.path("type").asText()) && coordinates.size() == 2) {
            fields.put(LONGITUDE, List.of(coordinates.get(0).asText()));
            fields.put(LATITUDE, List.of(coordinates.get(1).asText()));
        } else if (!location.isMissingNode() && !location.isNull()) {
            fields.put(GEOMETRY, List.of(location.toString()));
        }
        return fields;
    }

    /** The descriptor with {@code fact} set to {@code value}, or taken out when {@code value} is null. */
    static ObjectNode with(ObjectNode descriptor, String fact, JsonNode value) {
        ObjectNode changed = descriptor.deepCopy();
        ObjectNode parent = objectAt(changed, fact);
        if (value == null) {
            parent.remove(leaf(fact));
        } else {
            parent.set(leaf(fact), value);
        }
        return changed;
    }

    private static ObjectNode objectAt(ObjectNode descriptor, String fact) {
        ObjectNode object = descriptor;
        String[] path = fact.split("\\.");
        for (int i = 0; i < path.length - 1; i++) {
            JsonNode child = object.get(path[i]);
            object = child instanceof ObjectNode nested ? nested : object.putObject(path[i]);
        }
        return object;
    }

    private static String leaf(String fact) {
        return fact.substring(fact.lastIndexOf('.') + 1);
    }
}
