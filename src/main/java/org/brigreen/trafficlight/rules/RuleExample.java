package org.brigreen.trafficlight.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * An example a rule carries, as {@code opa test} cases do for Rego: a descriptor fragment and what the rule must do
 * with it. Exactly one of {@code fires} and {@code missing} is given.
 *
 * @param descriptor a (partial) project descriptor in the API's JSON vocabulary
 * @param fires      whether the rule must match
 * @param missing    the facts the rule must report as missing, when the fragment leaves its outcome open
 */
public record RuleExample(
        String name,

        JsonNode descriptor,

        Boolean fires,

        List<String> missing) {

    /** What the example expects, as the engine reports a rule's outcome. */
    public RuleOutcome expected() {
        return fires != null ? RuleOutcome.decided(fires) : RuleOutcome.undecided(missing);
    }
}
