package org.brigreen.trafficlight.rules;

import dev.cel.common.values.CelValue;
import dev.cel.runtime.CelVariableResolver;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What the conditions of one rule-set version see for one descriptor: its facts and the version's parameters. */
public record Bindings(CelVariableResolver resolver, Set<String> present) {

    /** The names of the facts the descriptor leaves out, as a list of strings: {@code 'x' in absent}. */
    public static final String ABSENT = "absent";

    /** The value of fact {@code name} in its runtime form (a String, Boolean, Double, Long, Instant, List); null when
     * the descriptor lacks it. */
    public Object valueOf(String name) {
        Object value = present.contains(name) ? resolver.find(name).orElse(null) : null;
        return value instanceof CelValue cel ? cel.value() : value;
    }

    /** Whether fact {@code name} is missing from the descriptor. */
    public boolean isMissing(String name) {
        return !present.contains(name);
    }

    public static Bindings of(Facts facts, Map<String, Object> parameters) {
        CelVariableResolver resolver = name -> {
            Object value = facts.values().get(name);
            if (value == null) {
                value = parameters.get(name);
            }
            return Optional.ofNullable(value != null || !ABSENT.equals(name) ? value : facts.absent());
        };
        return new Bindings(resolver, facts.values().keySet());
    }

    /** These bindings, and variable {@code name} (one the engine computes) bound to {@code value}. */
    public Bindings with(String name, Object value) {
        CelVariableResolver outer = resolver;
        return new Bindings(variable -> variable.equals(name) ? Optional.of(value) : outer.find(variable), present);
    }
}
