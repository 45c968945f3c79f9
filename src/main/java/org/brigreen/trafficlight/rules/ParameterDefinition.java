package org.brigreen.trafficlight.rules;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A named threshold, cut-off date or list of a rule-set version, used in conditions as {@code params.<name>}.
 *
 * @param type  {@code number}, {@code integer}, {@code date}, {@code string}, {@code boolean} or {@code list}
 *              (of strings)
 * @param basis where a borrowed value comes from
 */
@Schema(description = "A named parameter of a rule-set version, used in conditions as params.<name>.")
public record ParameterDefinition(
        @Schema(description = "Type of the value.", example = "date",
                enumeration = {"string", "boolean", "number", "integer", "date", "list"})
        String type,

        @Schema(description = "The value.", example = "2021-09-21")
        JsonNode value,

        @Schema(description = "What the parameter means.")
        LocalizedText description,

        @Schema(description = "Where the value comes from.")
        Citation citation,

        @Schema(description = "Where a borrowed value comes from.")
        LocalizedText basis) {
}
