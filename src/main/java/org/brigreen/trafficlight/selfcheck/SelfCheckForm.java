package org.brigreen.trafficlight.selfcheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** The form field carrying a whole descriptor as JSON: a what-if, or a self-check to record. */
    static final String DESCRIPTOR_FIELD = "descriptor";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private SelfCheckForm() {
    }

    private static Map<String, List<String>> groups() {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        groups.put("project", List.of("reference", "name", "country", "sector", "stage", "capacityMw",
                "excludedActivities"));
        groups.put("site", List.of("site.protectedArea", "site.worldHeritage", "site.ramsar", "site.kba",
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
        return descriptor;
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
