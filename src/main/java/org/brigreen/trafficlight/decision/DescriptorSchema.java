package org.brigreen.trafficlight.decision;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.brigreen.trafficlight.input.FieldError;
import org.brigreen.trafficlight.rules.FactSchema;
import org.brigreen.trafficlight.rules.FactType;
import org.brigreen.trafficlight.rules.Facts;
import org.brigreen.trafficlight.rules.WireNamed;

/**
 * The one description of the facts of a {@link ProjectDescriptor}: each by its dotted name
 * ({@code site.nearestSensitiveAreaKm}), with its type, the values it allows (an enum's wire names) and, for a list,
 * the type of its elements. It is read from the components of the descriptor and its nested records, so that a new
 * fact is a new record component (with its validation annotations) and nothing else: reading JSON ({@link #check}),
 * reading CSV ({@link Fact#valueOfText}) and the facts the rules are compiled against ({@link #factSchema()}) all
 * follow from it.
 */
public final class DescriptorSchema {

    /** The schema of {@link ProjectDescriptor}. */
    public static final DescriptorSchema PROJECT = new DescriptorSchema(ProjectDescriptor.class);

    /**
     * Turns a descriptor into the JSON values of its facts, which answers show. Configured here, as the decision record
     * is, so that no {@code quarkus.jackson.*} property can change a fact.
     */
    /** Absent facts are left out of the tree rather than written as nulls: both are missing, and fewer is faster. */
    private static final ObjectMapper FACT_VALUES = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private final Map<String, Fact> facts;
    private final Map<String, List<String>> objects;
    private final List<String> geometries;
    private final FactSchema factSchema;
    private final JsonShape shape;

    private DescriptorSchema(Class<? extends Record> descriptorType) {
        Map<String, Fact> factsByName = new LinkedHashMap<>();
        Map<String, List<String>> objectsByName = new LinkedHashMap<>();
        List<String> geometriesByName = new ArrayList<>();
        collect(descriptorType, "", factsByName, objectsByName, geometriesByName);
        this.facts = Collections.unmodifiableMap(factsByName);
        this.objects = Collections.unmodifiableMap(objectsByName);
        this.geometries = List.copyOf(geometriesByName);
        Map<String, FactType> types = new LinkedHashMap<>();
        facts.forEach((name, fact) -> types.put(name, fact.type()));
        this.factSchema = FactSchema.of(types);
        this.shape = new JsonShape(this);
    }

    /**
     * One fact of the descriptor.
     *
     * @param name          dotted name, as in rule conditions and CSV headers
     * @param type          its type for the rules
     * @param elementType   for a list, the type of its elements; else null
     * @param allowedValues the only values it (a list: each element) may take; empty when any value of its type may
     */
    public record Fact(String name, FactType type, FactType elementType, List<String> allowedValues) {

        /** How a list is written as text, in a CSV cell: its values separated by {@code |}. */
        public static final String LIST_SEPARATOR = "|";
        private static final Pattern LIST_VALUES = Pattern.compile(Pattern.quote(LIST_SEPARATOR));
        private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
        /** Longer numbers stay text, as JSON's reader would not take them: reading one costs its length squared. */
        private static final int MAX_NUMBER_LENGTH = StreamReadConstraints.DEFAULT_MAX_NUM_LEN;
        private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

        public Fact {
            allowedValues = List.copyOf(allowedValues);
        }

        /**
         * The JSON value that {@code text}, the fact written as text (a CSV cell), stands for: a boolean, a number as
         * JSON would have it (an integer without fraction or exponent) or a list when the text is one; otherwise the
         * text itself, which the JSON check then reports as not of the fact's type.
         */
        public JsonNode valueOfText(String text) {
            return switch (type) {
                case BOOLEAN -> switch (text.toLowerCase(Locale.ROOT)) {
                    case "true" -> JSON.booleanNode(true);
                    case "false" -> JSON.booleanNode(false);
                    default -> JSON.textNode(text);
                };
                case NUMBER, INTEGER -> number(text);
                case LIST -> list(text);
                case STRING, DATE -> JSON.textNode(text);
            };
        }

        private static JsonNode number(String text) {
            if (text.length() > MAX_NUMBER_LENGTH || !JSON_NUMBER.matcher(text).matches()) {
                return JSON.textNode(text);
            }
            boolean integer = text.chars().noneMatch(c -> c == '.' || c == 'e' || c == 'E');
            return integer ? JSON.numberNode(new BigInteger(text)) : JSON.numberNode(new BigDecimal(text));
        }

        private static ArrayNode list(String text) {
            ArrayNode values = JSON.arrayNode();
            for (String value : LIST_VALUES.split(text)) {
                if (!value.isBlank()) {
                    values.add(value.trim());
                }
            }
            return values;
        }
    }

    /** Every fact by its dotted name, in the order of the record components. */
    public Map<String, Fact> facts() {
        return facts;
    }

    /** The field names of each object of the descriptor, by its dotted name; the descriptor itself is {@code ""}. */
    public Map<String, List<String>> objects() {
        return objects;
    }

    /**
     * The GeoJSON geometries of the descriptor ({@code site.location}), by dotted name: not facts the rules read, but
     * what facts are computed from.
     */
    public List<String> geometries() {
        return geometries;
    }

    /** The facts as the rules see them: their names and types. */
    public FactSchema factSchema() {
        return factSchema;
    }

    /**
     * The problems of {@code descriptor} as JSON, in document order: unknown fields, wrong types, values outside
     * their list and text the log cannot keep. Each invalid value is taken out of the tree, so that the rest binds.
     */
    public List<FieldError> check(ObjectNode descriptor) {
        return shape.check(descriptor);
    }

    /** The facts of a valid descriptor, defaults applied; absent facts are the missing ones. */
    public Facts facts(ProjectDescriptor descriptor) {
        return factSchema.factsOf(FACT_VALUES.valueToTree(descriptor));
    }

    /**
     * The facts of a valid descriptor with some of them replaced, such as the site facts computed from its location.
     *
     * @param replaced values by dotted fact name; each must be a fact of this schema
     */
    public Facts facts(ProjectDescriptor descriptor, Map<String, Object> replaced) {
        ObjectNode tree = FACT_VALUES.valueToTree(descriptor);
        replaced.forEach((name, value) -> {
            Fact fact = facts.get(name);
            if (fact == null) {
                throw new IllegalArgumentException("no fact is named " + name);
            }
            int dot = name.lastIndexOf('.');
            ObjectNode parent = dot < 0 ? tree : objectAt(tree, name.substring(0, dot));
            parent.set(name.substring(dot + 1), FACT_VALUES.valueToTree(value));
        });
        return factSchema.factsOf(tree);
    }

    private static ObjectNode objectAt(ObjectNode tree, String dottedName) {
        ObjectNode object = tree;
        for (String field : dottedName.split("\\.")) {
            object = object.get(field) instanceof ObjectNode child ? child : object.putObject(field);
        }
        return object;
    }

    private static void collect(Class<?> recordType, String prefix, Map<String, Fact> facts,
            Map<String, List<String>> objects, List<String> geometries) {
        RecordComponent[] components = recordType.getRecordComponents();
        objects.put(prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - 1),
                Arrays.stream(components).map(RecordComponent::getName).toList());
        for (RecordComponent component : components) {
            String name = prefix + component.getName();
            Class<?> type = component.getType();
            if (type.isRecord()) {
                collect(type, name + ".", facts, objects, geometries);
            } else if (type == JsonNode.class) {
                geometries.add(name);
            } else if (type == List.class) {
                Class<?> element = elementType(component.getGenericType(), name);
                FactType elementType = typeOf(element, name);
                if (elementType != FactType.STRING) {
                    throw new IllegalArgumentException("fact " + name + " is a list of " + element
                            + "; rules can use lists of strings only");
                }
                facts.put(name, new Fact(name, FactType.LIST, elementType, allowedValues(element)));
            } else {
                facts.put(name, new Fact(name, typeOf(type, name), null, allowedValues(type)));
            }
        }
    }

    private static FactType typeOf(Class<?> type, String name) {
        if (type == String.class || type.isEnum()) {
            return FactType.STRING;
        } else if (type == Boolean.class) {
            return FactType.BOOLEAN;
        } else if (type == Double.class) {
            return FactType.NUMBER;
        } else if (type == Integer.class) {
            return FactType.INTEGER;
        } else if (type == LocalDate.class) {
            return FactType.DATE;
        }
        throw new IllegalArgumentException("fact " + name + " has a type rules cannot use: " + type);
    }

    private static Class<?> elementType(Type listType, String name) {
        if (listType instanceof ParameterizedType list
                && list.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        throw new IllegalArgumentException("fact " + name + " is a list of no known type: " + listType);
    }

    private static List<String> allowedValues(Class<?> type) {
        if (!type.isEnum()) {
            return List.of();
        }
        return Arrays.stream(type.getEnumConstants()).map(constant -> ((WireNamed) constant).wireName()).toList();
    }
}
