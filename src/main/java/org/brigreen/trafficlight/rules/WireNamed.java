package org.brigreen.trafficlight.rules;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * An enum of the descriptor or the decision, named in JSON and in rule conditions by its constant's name in lower
 * snake case ({@code solar_pv}).
 */
public interface WireNamed {

    /** The constant's name, as {@link Enum#name()} gives it. */
    String name();

    /** The name in JSON and in rule conditions. */
    @JsonValue
    default String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
