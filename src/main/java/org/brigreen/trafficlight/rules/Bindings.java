package org.brigreen.trafficlight.rules;

import dev.cel.runtime.CelVariableResolver;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What the conditions of one rule-set version see for one descriptor: its facts and the version's parameters. */
public record Bindings(CelVariableResolver resolver, Set<String> present) {

    /** Whether fact {@code name} is missing from the descriptor. */
    public boolean isMissing(String name) {
        return !present.contains(name);
    }

    public static Bindings of(Facts facts, Map<String, Object> parameters) {
        CelVariableResolver resolver = name -> {
            Object value = facts.values().get(name);
            return Optional.ofNullable(value != null ? value : parameters.get(name));
        };
        return new Bindings(resolver, facts.values().keySet());
    }
}
