package org.brigreen.trafficlight.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One project's decisions over time, oldest first, each with the class of the decision before it for the same
 * organisation (a regulator sees a reference that two organisations used as two threads, not one).
 *
 * @param shownAtMost the number of latest decisions a timeline shows at most
 * @param cut         whether older decisions were left out
 */
record ProjectTimeline(String reference, List<Step> steps, int shownAtMost, boolean cut,
        boolean everyOrganisation) {

    /**
     * A decision and what came before it.
     *
     * @param previousLight the class of the previous decision; null for the first
     */
    record Step(DecisionRow decision, String previousLight) {

        public boolean first() {
            return previousLight == null;
        }

        public boolean changed() {
            return previousLight != null && !previousLight.equals(decision.light());
        }
    }

    /** The timeline of {@code oldestFirst}, the decisions of one reference in the order they were made. */
    static ProjectTimeline of(String reference, List<DecisionRow> oldestFirst, int shownAtMost, boolean cut,
            boolean everyOrganisation) {
        Map<String, String> lastLightByOrg = new HashMap<>();
        List<Step> steps = new ArrayList<>(oldestFirst.size());
        for (DecisionRow row : oldestFirst) {
            String org = Objects.requireNonNullElse(row.org(), "");
            steps.add(new Step(row, lastLightByOrg.get(org)));
            lastLightByOrg.put(org, row.light());
        }
        return new ProjectTimeline(reference, steps, shownAtMost, cut, everyOrganisation);
    }
}
