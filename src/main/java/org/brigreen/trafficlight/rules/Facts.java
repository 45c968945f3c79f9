package org.brigreen.trafficlight.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cel.runtime.CelAttributePattern;
import java.util.List;
import java.util.Map;

/**
 * The facts of one descriptor: the CEL value of each present fact, its JSON value for the answer, and the
 * missing facts as unknowns for partial evaluation.
 */
public record Facts(Map<String, Object> values, Map<String, JsonNode> json, List<CelAttributePattern> unknown) {

    public Facts {
        values = Map.copyOf(values);
        json = Map.copyOf(json);
        unknown = List.copyOf(unknown);
    }
}
