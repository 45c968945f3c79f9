package org.brigreen.trafficlight.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The facts of one descriptor: the CEL value of each present fact, its JSON value for the answer, and the names of the
 * missing ones ({@code absent} in conditions, unknowns in partial evaluation).
 */
public record Facts(Map<String, Object> values, Map<String, JsonNode> json, List<String> absent) {

    public Facts {
        values = Map.copyOf(values);
        json = Map.copyOf(json);
        absent = List.copyOf(absent);
    }

    /** These facts and the implied ones, which were absent until now. */
    Facts with(Collection<RuleSet.Implication> implied) {
        Map<String, Object> moreValues = new LinkedHashMap<>(values);
        Map<String, JsonNode> moreJson = new LinkedHashMap<>(json);
        for (RuleSet.Implication implication : implied) {
            moreValues.put(implication.definition().fact(), implication.value());
            moreJson.put(implication.definition().fact(), implication.definition().value());
        }
        return new Facts(moreValues, moreJson,
                absent.stream().filter(name -> !moreValues.containsKey(name)).toList());
    }
}
