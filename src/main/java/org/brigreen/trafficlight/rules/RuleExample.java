package org.brigreen.trafficlight.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An example a rule carries, as {@code opa test} cases do for Rego: a descriptor fragment and what the rule must do
 * with it. Exactly one of {@code fires} and {@code missing} is given.
 *
 * @param descriptor a (partial) project descriptor in the API's JSON vocabulary
 * @param fires      whether the rule must match
 * @param missing    the facts the rule must report as missing, when the fragment leaves its outcome open
 */
@Schema(description = "An example a rule carries, run at load and by the test suite.")
public record RuleExample(
        @Schema(description = "What the example shows.", example = "construction started the day after the cut-off")
        String name,

        @Schema(description = "A partial project descriptor.",
                example = "{\"sector\": \"coal_power\", \"stage\": \"planned\"}")
        JsonNode descriptor,

        @Schema(description = "Whether the rule must match.", example = "true")
        Boolean fires,

        @Schema(description = "The facts the rule must report missing.", example = "[\"coal.constructionStart\"]")
        List<String> missing) {

    /** What the example expects, as the engine reports a rule's outcome. */
    public RuleOutcome expected() {
        return fires != null ? RuleOutcome.decided(fires) : RuleOutcome.undecided(missing);
    }
}
