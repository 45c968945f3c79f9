package org.brigreen.trafficlight.rules;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import dev.cel.runtime.CelAttributePattern;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The facts a descriptor type offers to rule conditions, by dotted name ({@code site.nearestSensitiveAreaKm}), derived
 * from the components of a record type so that the engine needs no knowledge of the descriptor itself.
 */
public final class FactSchema {

    private final Map<String, Fact> facts;

    private FactSchema(Map<String, Fact> facts) {
        this.facts = Collections.unmodifiableMap(facts);
    }

    private record Fact(FactType type, JsonPointer pointer, CelAttributePattern unknownPattern) {
    }

    /** The schema of a record type whose components are strings, enums, booleans, numbers, dates, lists or records. */
    public static FactSchema of(Class<? extends Record> descriptorType) {
        Map<String, Fact> facts = new LinkedHashMap<>();
        collect(descriptorType, "", facts);
        return new FactSchema(facts);
    }

    private static void collect(Class<?> recordType, String prefix, Map<String, Fact> facts) {
        for (RecordComponent component : recordType.getRecordComponents()) {
            String name = prefix + component.getName();
            Class<?> type = component.getType();
            if (type.isRecord()) {
                collect(type, name + ".", facts);
            } else {
                FactType factType = typeOf(type, component.getGenericType(), name);
                JsonPointer pointer = JsonPointer.compile("/" + name.replace('.', '/'));
                facts.put(name, new Fact(factType, pointer, CelAttributePattern.fromQualifiedIdentifier(name)));
            }
        }
    }

    private static FactType typeOf(Class<?> type, Type genericType, String name) {
        if (type == String.class || type.isEnum()) {
            return FactType.STRING;
        } else if (type == Boolean.class || type == boolean.class) {
            return FactType.BOOLEAN;
        } else if (type == Double.class || type == double.class) {
            return FactType.NUMBER;
        } else if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return FactType.INTEGER;
        } else if (type == LocalDate.class) {
            return FactType.DATE;
        } else if (type == List.class && genericType instanceof ParameterizedType list
                && list.getActualTypeArguments()[0] instanceof Class<?> element
                && (element == String.class || element.isEnum())) {
            return FactType.LIST;
        }
        throw new IllegalArgumentException("fact " + name + " has a type rules cannot use: " + genericType);
    }

    public Map<String, FactType> types() {
        Map<String, FactType> types = new LinkedHashMap<>();
        facts.forEach((name, fact) -> types.put(name, fact.type()));
        return types;
    }

    public boolean contains(String name) {
        return facts.containsKey(name);
    }

    /** What makes fact {@code name} an unknown in CEL's partial evaluation. */
    CelAttributePattern unknownPattern(String name) {
        return facts.get(name).unknownPattern();
    }

    /** The facts of a descriptor in its JSON form; absent and null values are missing facts. */
    public Facts factsOf(JsonNode descriptor) {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, JsonNode> json = new LinkedHashMap<>();
        List<CelAttributePattern> unknown = new ArrayList<>();
        facts.forEach((name, fact) -> {
            JsonNode node = descriptor.at(fact.pointer());
            if (node.isMissingNode() || node.isNull()) {
                unknown.add(fact.unknownPattern());
            } else {
                values.put(name, fact.type().celValue(node));
                json.put(name, node);
            }
        });
        return new Facts(values, json, unknown);
    }
}
