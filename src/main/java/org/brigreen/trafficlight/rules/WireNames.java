package org.brigreen.trafficlight.rules;

import java.util.Locale;

/**
 * How every enum of the descriptor and the decision is named in JSON and in rule conditions: its constant's name in
 * lower snake case ({@code solar_pv}). Each enum keeps a {@code @JsonValue} method of its own that says so, because
 * the OpenAPI scanner reads an enum's values from a method of the enum itself, not from an interface's default.
 */
public final class WireNames {

    private WireNames() {
    }

    /** The name of {@code constant} in JSON and in rule conditions. */
    public static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }
}
