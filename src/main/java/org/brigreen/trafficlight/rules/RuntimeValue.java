package org.brigreen.trafficlight.rules;

import dev.cel.common.types.CelType;
import dev.cel.common.values.CelValue;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A fact or parameter value in CEL's runtime form. CEL adapts a plain Java value each time a condition reads it (a
 * list element by element), but hands the value of a {@link CelValue} to functions as it is: a value wrapped once,
 * when the descriptor or the rule set is read, costs nothing per read.
 */
final class RuntimeValue extends CelValue {

    private final FactType type;
    private final Object value;

    RuntimeValue(FactType type, Object value) {
        this.type = type;
        this.value = Objects.requireNonNull(value);
    }

    @Override
    public Object value() {
        return value;
    }

    @Override
    public CelType celType() {
        return type.celType();
    }

    @Override
    public boolean isZeroValue() {
        return switch (type) {
            case STRING -> ((String) value).isEmpty();
            case BOOLEAN -> !(Boolean) value;
            case NUMBER -> (Double) value == 0;
            case INTEGER -> (Long) value == 0;
            case DATE -> Instant.EPOCH.equals(value);
            case LIST -> ((List<?>) value).isEmpty();
        };
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RuntimeValue that && type == that.type && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
