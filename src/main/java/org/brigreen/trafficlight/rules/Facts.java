package org.brigreen.trafficlight.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cel.runtime.CelAttributePattern;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /** These facts with {@code name}, absent until now, given {@code value}; {@code unknown} and {@code absent} are in step. */
    Facts with(String name, Object value, JsonNode jsonValue) {
        int index = absent.indexOf(name);
        Map<String, Object> moreValues = new LinkedHashMap<>(values);
        moreValues.put(name, value);
        Map<String, JsonNode> moreJson = new LinkedHashMap<>(json);
        moreJson.put(name, jsonValue);
        List<CelAttributePattern> fewerUnknown = new ArrayList<>(unknown);
        fewerUnknown.remove(index);
        List<String> fewerAbsent = new ArrayList<>(absent);
        fewerAbsent.remove(index);
        return new Facts(moreValues, moreJson, fewerUnknown, fewerAbsent);
    }
}
