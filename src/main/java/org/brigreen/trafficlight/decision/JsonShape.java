package org.brigreen.trafficlight.decision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.brigreen.trafficlight.input.FieldError;
import org.brigreen.trafficlight.input.StorableText;
import org.brigreen.trafficlight.rules.FactType;
import org.brigreen.trafficlight.site.GeoJsonGeometry;

/**
 * Checks a JSON tree against a {@link DescriptorSchema} before it is bound, so that a request learns about every
 * unknown field, wrong type, unknown enum value and text the log cannot keep ({@link StorableText}) at once rather
 * than the first one only. Invalid values are replaced by null in the tree, so that the rest still binds and its
 * constraints can be checked too.
 */
final class JsonShape {

    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private final DescriptorSchema schema;
    /** The fields of each object by their JSON name: looked up once here, not per request. */
    private final Map<String, Map<String, Field>> fieldsByObject = new HashMap<>();

    /** A field of an object: another object, a geometry, or a fact; by its dotted name. */
    private record Field(String name, DescriptorSchema.Fact fact, boolean geometry) {
    }

    JsonShape(DescriptorSchema schema) {
        this.schema = schema;
        schema.objects().forEach((object, names) -> {
            Map<String, Field> fields = new HashMap<>();
            names.forEach(field -> {
                String name = object.isEmpty() ? field : object + "." + field;
                fields.put(field, new Field(name, schema.facts().get(name), schema.geometries().contains(name)));
            });
            fieldsByObject.put(object, Map.copyOf(fields));
        });
    }

    /** The problems of {@code node} as a descriptor, in document order; the tree is left bindable. */
    List<FieldError> check(ObjectNode node) {
        List<FieldError> errors = new ArrayList<>();
        checkObject(node, "", "", errors);
        return errors;
    }

    /** Checks the object named {@code name} in dotted form ({@code ""} for the descriptor). */
    private void checkObject(ObjectNode node, String name, String pointer, List<FieldError> errors) {
        Map<String, Field> known = fieldsByObject.get(name);
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String fieldPointer = pointer + "/" + escape(field.getKey());
            Field schemaField = known.get(field.getKey());
            Optional<String> unstorableName = StorableText.problem(field.getKey());
            if (unstorableName.isPresent()) {
                errors.add(new FieldError(fieldPointer, "unknown field: its name " + unstorableName.get(),
                        schema.objects().get(name)));
                fields.remove();
            } else if (schemaField == null) {
                errors.add(new FieldError(fieldPointer, "unknown field", schema.objects().get(name)));
                fields.remove();
            } else if (!field.getValue().isNull() && !checkField(field.getValue(), schemaField, fieldPointer, errors)) {
                field.setValue(NullNode.getInstance());
            }
        }
    }

    /** Whether the value may stay in the tree; adds its problems, or its children's, to {@code errors}. */
    private boolean checkField(JsonNode value, Field field, String pointer, List<FieldError> errors) {
        DescriptorSchema.Fact fact = field.fact();
        if (field.geometry()) {
            int before = errors.size();
            GeoJsonGeometry.read(value, pointer, errors);
            return errors.size() == before;
        }
        if (fact == null) {
            if (!value.isObject()) {
                return reject(errors, pointer, "must be an object");
            }
            checkObject((ObjectNode) value, field.name(), pointer, errors);
            return true;
        }
        if (fact.type() == FactType.LIST) {
            return value.isArray()
                    ? checkList((ArrayNode) value, fact, pointer, errors)
                    : reject(errors, pointer, "must be an array");
        }
        return checkValue(value, fact.type(), fact.allowedValues(), pointer, errors);
    }

    private boolean checkList(ArrayNode array, DescriptorSchema.Fact fact, String pointer, List<FieldError> errors) {
        boolean valid = true;
        for (int i = 0; i < array.size(); i++) {
            JsonNode element = array.get(i);
            String elementPointer = pointer + "/" + i;
            if (element.isNull()) {
                valid = reject(errors, elementPointer, "must not be null");
            } else {
                valid &= checkValue(element, fact.elementType(), fact.allowedValues(), elementPointer, errors);
            }
        }
        return valid;
    }

    private static boolean checkValue(JsonNode value, FactType type, List<String> allowed, String pointer,
            List<FieldError> errors) {
        return switch (type) {
            case STRING -> allowed.isEmpty() ? checkText(value, pointer, errors)
                    : checkChoice(value, allowed, pointer, errors);
            case BOOLEAN -> value.isBoolean() || reject(errors, pointer, "must be true or false");
            case NUMBER -> !value.isNumber() ? reject(errors, pointer, "must be a number")
                    : Double.isFinite(value.doubleValue()) || reject(errors, pointer, "is out of range");
            case INTEGER -> !value.isIntegralNumber() ? reject(errors, pointer, "must be an integer")
                    : value.canConvertToInt() || reject(errors, pointer, "is out of range");
            case DATE -> value.isTextual() && isDate(value.textValue())
                    || reject(errors, pointer, "must be a date as YYYY-MM-DD");
            case LIST -> throw new IllegalArgumentException("a list of lists at " + pointer);
        };
    }

    private static boolean checkChoice(JsonNode value, List<String> allowed, String pointer, List<FieldError> errors) {
        if (!value.isTextual()) {
            return reject(errors, pointer, "must be a string", allowed);
        }
        if (allowed.contains(value.textValue())) {
            return true;
        }
        errors.add(FieldError.unknownValue(pointer, value.textValue(), allowed));
        return false;
    }

    private static boolean checkText(JsonNode value, String pointer, List<FieldError> errors) {
        if (!value.isTextual()) {
            return reject(errors, pointer, "must be a string");
        }
        Optional<String> unstorable = StorableText.problem(value.textValue());
        return unstorable.isEmpty() || reject(errors, pointer, unstorable.get());
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
