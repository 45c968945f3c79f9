package org.brigreen.trafficlight.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cel.runtime.CelAttributePattern;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The facts of one descriptor: the CEL value of each present fact, its JSON value for the answer, and the
 * missing facts as unknowns for partial evaluation, with their names ({@code absent} in conditions).
 */
public record Facts(Map<String, Object> values, Map<String, JsonNode> json, List<CelAttributePattern> unknown,
        List<String> absent) {

    public Facts {
        values = Map.copyOf(values);
        json = Map.copyOf(json);
        unknown = List.copyOf(unknown);
        absent = List.copyOf(absent);
    }

    /** These facts and the implied ones, absent until now; {@code unknown} and {@code absent} are kept in step. */
    Facts with(Collection<RuleSet.Implication> implied) {
        Map<String, Object> moreValues = new LinkedHashMap<>(values);
        Map<String, JsonNode> moreJson = new LinkedHashMap<>(json);
        List<CelAttributePattern> fewerUnknown = new ArrayList<>(unknown.size());
        List<String> fewerAbsent = new ArrayList<>(absent.size());
        Set<String> names = new HashSet<>();
        for (RuleSet.Implication implication : implied) {
            String name = implication.definition().fact();
            names.add(name);
            moreValues.put(name, implication.value());
            moreJson.put(name, implication.json());
        }
        for (int i = 0; i < absent.size(); i++) {
            if (!names.contains(absent.get(i))) {
                fewerAbsent.add(absent.get(i));
                fewerUnknown.add(unknown.get(i));
            }
        }
        return new Facts(moreValues, moreJson, fewerUnknown, fewerAbsent);
    }
}
