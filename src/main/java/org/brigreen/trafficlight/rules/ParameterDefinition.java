package org.brigreen.trafficlight.rules;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A named threshold, cut-off date or list of a rule-set version, used in conditions as {@code params.<name>}.
 *
 * @param type  {@code number}, {@code integer}, {@code date}, {@code string}, {@code boolean} or {@code list}
 *              (of strings)
 * @param basis where a borrowed value comes from
 */
public record ParameterDefinition(
        String type,

        JsonNode value,

        LocalizedText description,

        Citation citation,

        LocalizedText basis) {
}
