package org.brigreen.trafficlight.rules;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A named threshold, cut-off date or list of a rule-set version, used in conditions as {@code params.<name>}.
 *
 * @param type  {@code number}, {@code integer}, {@code date}, {@code string}, {@code boolean} or {@code list}
 *              (of strings)
 * @param value the value; or absent, where {@code file} holds it
 * @param file  reference data: a file of the version's {@code reference/} folder whose {@code values} are the value,
 *              hashed into the version's digest with the rule files
 * @param basis where a borrowed value comes from
 */
public record ParameterDefinition(
        String type,

        JsonNode value,

        String file,

        LocalizedText description,

        Citation citation,

        LocalizedText basis) {
}
