package org.brigreen.trafficlight.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cel.common.types.CelType;
import dev.cel.common.types.ListType;
import dev.cel.common.types.SimpleType;
import dev.cel.common.values.CelValue;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The value types a fact or a parameter can have, with their CEL type and runtime value. */
public enum FactType {
    STRING(SimpleType.STRING),
    BOOLEAN(SimpleType.BOOL),
    NUMBER(SimpleType.DOUBLE),
    INTEGER(SimpleType.INT),
    DATE(SimpleType.TIMESTAMP),
    LIST(ListType.create(SimpleType.STRING));

    private final CelType celType;

    FactType(CelType celType) {
        this.celType = celType;
    }

    public CelType celType() {
        return celType;
    }

    /** The type named in a rule file ({@code number}, {@code date}, …). */
    public static FactType named(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown type '" + name + "'; allowed: " + allowedNames(), e);
        }
    }

    public static List<String> allowedNames() {
        return Arrays.stream(values()).map(t -> t.name().toLowerCase(Locale.ROOT)).toList();
    }

    /** The CEL runtime value of a JSON value of this type; dates become the UTC start of their day. */
    public CelValue celValue(JsonNode node) {
        if (!matches(node)) {
            throw new IllegalArgumentException("expected a " + name().toLowerCase(Locale.ROOT) + ", got " + node);
        }
        return new RuntimeValue(this, javaValue(node));
    }

    private Object javaValue(JsonNode node) {
        return switch (this) {
            case STRING -> node.textValue();
            case BOOLEAN -> node.booleanValue();
            case NUMBER -> node.doubleValue();
            case INTEGER -> node.longValue();
            case DATE -> LocalDate.parse(node.textValue()).atStartOfDay(ZoneOffset.UTC).toInstant();
            case LIST -> strings(node);
        };
    }

    private boolean matches(JsonNode node) {
        return switch (this) {
            case STRING, DATE -> node.isTextual();
            case BOOLEAN -> node.isBoolean();
            case NUMBER -> node.isNumber();
            case INTEGER -> node.isIntegralNumber();
            case LIST -> node.isArray();
        };
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>(array.size());
        array.forEach(element -> values.add(element.asText()));
        return List.copyOf(values);
    }
}
