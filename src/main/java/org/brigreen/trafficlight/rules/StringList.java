package org.brigreen.trafficlight.rules;

import dev.cel.common.types.CelType;
import dev.cel.common.values.CelValue;
import java.util.List;

/**
 * A list of strings in CEL's runtime form. CEL re-adapts a plain Java list element by element each time a condition
 * reads it, but hands a {@link CelValue}'s value to functions as it is: a list fact or parameter wrapped once costs
 * nothing per read.
 */
final class StringList extends CelValue {

    private final List<String> values;

    StringList(List<String> values) {
        this.values = List.copyOf(values);
    }

    @Override
    public List<String> value() {
        return values;
    }

    @Override
    public boolean isZeroValue() {
        return values.isEmpty();
    }

    @Override
    public CelType celType() {
        return FactType.LIST.celType();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StringList list && values.equals(list.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
