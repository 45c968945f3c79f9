package org.brigreen.trafficlight.rules;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What a rule does when it matches, in the terms of the decision order (METHODOLOGY §2): a finding on its
 * objective, an uplift, a cap (best class allowed), a floor (worst class forced) and the excluded flag.
 * A rule without any of these only adds its required actions.
 */
@JsonInclude(JsonInclude.Include.NON_DEFAULT)
public record Effect(
        Level finding,

        boolean uplift,

        TrafficLight cap,

        TrafficLight floor,

        boolean excluded) {

    /** Whether, matching, this effect can make a class worse than the findings alone would: used for missing facts. */
    public boolean canWorsen() {
        return (finding != null && finding.isHarm()) || cap != null || floor != null || excluded;
    }

    public boolean changesNothing() {
        return finding == null && !uplift && cap == null && floor == null && !excluded;
    }
}
