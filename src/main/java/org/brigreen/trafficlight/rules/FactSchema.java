package org.brigreen.trafficlight.rules;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.cel.runtime.CelAttributePattern;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The facts a descriptor offers to rule conditions, by dotted name ({@code site.nearestSensitiveAreaKm}), with their
 * types: given by the feature that owns the descriptor, so that the engine needs no knowledge of the descriptor itself.
 */
public final class FactSchema {

    private static final JsonNode EMPTY_LIST = JsonNodeFactory.instance.arrayNode();

    private final Map<String, Fact> facts;

    private FactSchema(Map<String, Fact> facts) {
        this.facts = Collections.unmodifiableMap(facts);
    }

    private record Fact(FactType type, JsonPointer pointer, CelAttributePattern unknownPattern) {
    }

    /** The schema of facts of these types, by dotted name ({@code site.nearestSensitiveAreaKm}). */
    public static FactSchema of(Map<String, FactType> types) {
        Map<String, Fact> facts = new LinkedHashMap<>();
        types.forEach((name, type) -> facts.put(name, new Fact(type, JsonPointer.compile("/" + name.replace('.', '/')),
                CelAttributePattern.fromQualifiedIdentifier(name))));
        return new FactSchema(facts);
    }

    public Map<String, FactType> types() {
        Map<String, FactType> types = new LinkedHashMap<>();
        facts.forEach((name, fact) -> types.put(name, fact.type()));
        return types;
    }

    /** The type of fact {@code name}; null when there is no such fact. */
    public FactType typeOf(String name) {
        Fact fact = facts.get(name);
        return fact == null ? null : fact.type();
    }

    public boolean contains(String name) {
        return facts.containsKey(name);
    }

    /** What makes fact {@code name} an unknown in CEL's partial evaluation. */
    CelAttributePattern unknownPattern(String name) {
        return facts.get(name).unknownPattern();
    }

    /**
     * The facts of a descriptor in its JSON form; absent and null values are missing facts, except lists: a list left
     * out is empty, as "none known" is what an absent list of mitigations or receptors says.
     */
    public Facts factsOf(JsonNode descriptor) {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, JsonNode> json = new LinkedHashMap<>();
        List<String> absent = new ArrayList<>();
        facts.forEach((name, fact) -> {
            JsonNode node = descriptor.at(fact.pointer());
            if ((node.isMissingNode() || node.isNull()) && fact.type() == FactType.LIST) {
                values.put(name, fact.type().celValue(EMPTY_LIST));
            } else if (node.isMissingNode() || node.isNull()) {
                absent.add(name);
            } else {
                values.put(name, fact.type().celValue(node));
                json.put(name, node);
            }
        });
        return new Facts(values, json, absent);
    }
}
