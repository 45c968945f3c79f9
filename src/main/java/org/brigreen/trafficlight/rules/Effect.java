package org.brigreen.trafficlight.rules;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a rule does when it matches, in the terms of the decision order (METHODOLOGY §2): a finding on its
 * objective, an uplift, a cap (best class allowed), a floor (worst class forced) and the excluded flag.
 * A rule without any of these only adds its required actions.
 */
@JsonInclude(JsonInclude.Include.NON_DEFAULT)
@Schema(description = "What the rule does in the decision order: a finding, an uplift, a cap, a floor, exclusion.")
public record Effect(
        @Schema(description = "Level of the finding the rule adds on its objective.", example = "significant")
        Level finding,

        @Schema(description = "The rule lifts the class one step (a recognised mitigation).", example = "false")
        boolean uplift,

        @Schema(description = "Best class allowed while the rule matches.", example = "amber")
        TrafficLight cap,

        @Schema(description = "Worst class forced while the rule matches.", example = "red")
        TrafficLight floor,

        @Schema(description = "The project is not eligible for financing at all.", example = "false")
        boolean excluded) {

    /** Whether, matching, this effect can make a class worse than the findings alone would: used for missing facts. */
    public boolean canWorsen() {
        return (finding != null && finding.isHarm()) || cap != null || floor != null || excluded;
    }

    public boolean changesNothing() {
        return finding == null && !uplift && cap == null && floor == null && !excluded;
    }
}
