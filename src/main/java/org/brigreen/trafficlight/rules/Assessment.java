package org.brigreen.trafficlight.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * What a rule-set version concludes about one descriptor (METHODOLOGY §5), with every text in both languages.
 *
 * @param objectives    climate, pollution and biodiversity, each with its level and the findings behind it
 * @param reasons       every rule that matched, in rule-set order
 * @param missingFacts  facts that rules needed but the descriptor lacks
 * @param missingFactsCapped whether those missing facts held the class at amber
 */
public record Assessment(
        TrafficLight trafficLight,
        boolean excluded,
        Map<Objective, ObjectiveAssessment> objectives,
        List<Reason> reasons,
        List<MissingFact> missingFacts,
        boolean missingFactsCapped,
        List<RequiredAction> requiredActions,
        List<Remedy> remedies,
        Ep4ReadAcross ep4) {

    /** The findings on one environmental objective. {@code harm} is null when no rule found harm. */
    public record ObjectiveAssessment(
            Level harm,

            boolean positive,

            List<String> ruleIds) {
    }

    /** A rule that matched, why, and on which facts. */
    public record Reason(String ruleId, Objective objective, Effect effect, boolean blocking, LocalizedText message,
            Citation citation, LocalizedText basis, Map<String, JsonNode> facts) {
    }

    /** A fact the descriptor lacks and the rules that needed it. */
    public record MissingFact(
            String fact,

            List<String> neededBy) {
    }

    /** An action the lender or sponsor must take; {@code ruleId} is null for the actions of the class itself. */
    public record RequiredAction(String ruleId, LocalizedText action) {
    }

    /** What would lift the class, and the rule that says so. */
    public record Remedy(String ruleId, LocalizedText remedy) {
    }

    /** Equator Principles category read across from the class; {@code applies} is null when the facts are missing. */
    public record Ep4ReadAcross(
            String category,

            Boolean applies) {
    }
}
