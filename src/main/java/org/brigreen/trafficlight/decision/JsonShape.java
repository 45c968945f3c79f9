package org.brigreen.trafficlight.decision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.brigreen.trafficlight.input.FieldError;
import org.brigreen.trafficlight.input.StorableText;

/**
 * Checks a JSON tree against the shape of a record type before it is bound, so that a request learns about every
 * unknown field, wrong type, unknown enum value and text the log cannot keep ({@link StorableText}) at once rather
 * than the first one only. Invalid values are replaced by null in the tree, so that the rest still binds and its
 * constraints can be checked too.
 */
public final class JsonShape {

    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    /** Record components by name, and the JSON names of enum constants: looked up once per type, not per request. */
    private final ClassValue<Map<String, RecordComponent>> components = new ClassValue<>() {
        @Override
        protected Map<String, RecordComponent> computeValue(Class<?> type) {
            Map<String, RecordComponent> byName = new LinkedHashMap<>();
            Arrays.stream(type.getRecordComponents()).forEach(component -> byName.put(component.getName(), component));
            return Collections.unmodifiableMap(byName);
        }
    };
    private final ClassValue<List<String>> enumNames;

    /** @param enumName the JSON name of an enum constant, as the object mapper writes it */
    public JsonShape(Function<Enum<?>, String> enumName) {
        this.enumNames = new ClassValue<>() {
            @Override
            protected List<String> computeValue(Class<?> type) {
                return Arrays.stream(type.getEnumConstants()).map(c -> enumName.apply((Enum<?>) c)).toList();
            }
        };
    }

    /** The problems of {@code node} as a {@code type}, in document order; the tree is left bindable. */
    public List<FieldError> check(ObjectNode node, Class<? extends Record> type) {
        List<FieldError> errors = new ArrayList<>();
        checkRecord(node, type, "", errors);
        return errors;
    }

    private void checkRecord(ObjectNode node, Class<?> type, String pointer, List<FieldError> errors) {
        Map<String, RecordComponent> byName = components.get(type);
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String fieldPointer = pointer + "/" + escape(field.getKey());
            RecordComponent component = byName.get(field.getKey());
            Optional<String> unstorableName = StorableText.problem(field.getKey());
            if (unstorableName.isPresent()) {
                errors.add(new FieldError(fieldPointer, "unknown field: its name " + unstorableName.get(),
                        List.copyOf(byName.keySet())));
                fields.remove();
            } else if (component == null) {
                errors.add(new FieldError(fieldPointer, "unknown field", List.copyOf(byName.keySet())));
                fields.remove();
            } else if (!field.getValue().isNull()
                    && !checkValue(field.getValue(), component.getType(), component.getGenericType(), fieldPointer,
                    errors)) {
                field.setValue(NullNode.getInstance());
            }
        }
    }

    /** Whether the value may stay in the tree; adds its problems, or its children's, to {@code errors}. */
    private boolean checkValue(JsonNode value, Class<?> type, Type genericType, String pointer,
            List<FieldError> errors) {
        if (type.isRecord()) {
            if (!value.isObject()) {
                return reject(errors, pointer, "must be an object");
            }
            checkRecord((ObjectNode) value, type, pointer, errors);
            return true;
        }
        if (type == List.class) {
            return value.isArray()
                    ? checkList((ArrayNode) value, elementType(genericType), pointer, errors)
                    : reject(errors, pointer, "must be an array");
        }
        if (type.isEnum()) {
            List<String> allowed = enumNames.get(type);
            if (!value.isTextual()) {
                return reject(errors, pointer, "must be a string", allowed);
            }
            if (allowed.contains(value.textValue())) {
                return true;
            }
            errors.add(FieldError.unknownValue(pointer, value.textValue(), allowed));
            return false;
        }
        if (type == String.class) {
            if (!value.isTextual()) {
                return reject(errors, pointer, "must be a string");
            }
            Optional<String> unstorable = StorableText.problem(value.textValue());
            return unstorable.isEmpty() || reject(errors, pointer, unstorable.get());
        }
        if (type == Boolean.class || type == boolean.class) {
            return value.isBoolean() || reject(errors, pointer, "must be true or false");
        }
        if (type == Double.class || type == double.class) {
            if (!value.isNumber()) {
                return reject(errors, pointer, "must be a number");
            }
            return Double.isFinite(value.doubleValue()) || reject(errors, pointer, "is out of range");
        }
        if (type == Integer.class || type == int.class) {
            if (!value.isIntegralNumber()) {
                return reject(errors, pointer, "must be an integer");
            }
            return value.canConvertToInt() || reject(errors, pointer, "is out of range");
        }
        if (type == LocalDate.class) {
            return value.isTextual() && isDate(value.textValue())
                    || reject(errors, pointer, "must be a date as YYYY-MM-DD");
        }
        throw new IllegalArgumentException("no JSON shape for " + type);
    }

    private boolean checkList(ArrayNode array, Class<?> elementType, String pointer, List<FieldError> errors) {
        boolean valid = true;
        for (int i = 0; i < array.size(); i++) {
            JsonNode element = array.get(i);
            String elementPointer = pointer + "/" + i;
            if (element.isNull()) {
                valid = reject(errors, elementPointer, "must not be null");
            } else {
                valid &= checkValue(element, elementType, elementType, elementPointer, errors);
            }
        }
        return valid;
    }

    private static Class<?> elementType(Type listType) {
        return (Class<?>) ((ParameterizedType) listType).getActualTypeArguments()[0];
    }

    /** A date as YYYY-MM-DD exactly: the parser alone would take years of up to nine digits with a sign too. */
    private static boolean isDate(String text) {
        if (!DATE.matcher(text).matches()) {
            return false;
        }
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean reject(List<FieldError> errors, String pointer, String reason) {
        return reject(errors, pointer, reason, List.of());
    }

    private static boolean reject(List<FieldError> errors, String pointer, String reason, List<String> allowed) {
        errors.add(new FieldError(pointer, reason, allowed));
        return false;
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
