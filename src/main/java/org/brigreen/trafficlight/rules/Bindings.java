package org.brigreen.trafficlight.rules;

import dev.cel.runtime.CelVariableResolver;
import dev.cel.runtime.PartialVars;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the conditions of one rule-set version see for one descriptor: its facts, the version's parameters, and the
 * missing facts as unknowns (null when none is missing, so that evaluation takes the plain path).
 */
public record Bindings(CelVariableResolver resolver, PartialVars partial, Set<String> present) {

    /** Whether fact {@code name} is missing from the descriptor. */
    public boolean isMissing(String name) {
        return !present.contains(name);
    }

    public static Bindings of(Facts facts, Map<String, Object> parameters) {
        CelVariableResolver resolver = name -> {
            Object value = facts.values().get(name);
            return Optional.ofNullable(value != null ? value : parameters.get(name));
        };
        return new Bindings(resolver, facts.unknown().isEmpty() ? null : PartialVars.of(resolver, facts.unknown()),
                facts.values().keySet());
    }
}
