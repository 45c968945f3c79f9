package org.brigreen.trafficlight.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * What a rule-set version concludes about one descriptor (METHODOLOGY §5), with every text in both languages.
 * The last three parts exist only for versions whose files declare what they need (METHODOLOGY §7): they are null
 * for the others, so that their decisions keep their recorded form.
 *
 * @param objectives    climate, pollution and biodiversity, each with its level and the findings behind it
 * @param reasons       every rule that matched, in rule-set order
 * @param missingFacts  facts that rules needed but the descriptor lacks
 * @param missingFactsCapped whether those missing facts held the class at amber
 * @param impliedFacts  facts the version implied or defaulted where the descriptor left them out, and from what
 * @param factsToConfirm missing facts that cannot change the class, listed for the lender's due diligence
 * @param undeterminedExclusion where exclusion depends on a missing fact: which, and the rules that need it
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
        Ep4ReadAcross ep4,
        List<ImpliedFact> impliedFacts,
        List<MissingFact> factsToConfirm,
        UndeterminedExclusion undeterminedExclusion) {

    /**
     * The findings on one environmental objective. {@code harm} is null when no rule found harm; {@code loweredBy}
     * names the mitigations that lowered it one level, and is null where none did.
     */
    public record ObjectiveAssessment(
            Level harm,

            boolean positive,

            List<String> ruleIds,

            List<String> loweredBy) {
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

    /**
     * An action the lender or sponsor must take; {@code ruleId} is null for the actions of the class itself.
     * {@code satisfied} is true where what it asks is already in place (and null otherwise).
     */
    public record RequiredAction(String ruleId, LocalizedText action, Boolean satisfied) {
    }

    /** What would lift the class, and the rule that says so. */
    public record Remedy(String ruleId, LocalizedText remedy) {
    }

    /**
     * The Equator Principles category and whether they apply; {@code applies} is null when the facts are missing.
     * {@code because} says why the category, where the version judges it from impacts (null where it is read across
     * from the class).
     */
    public record Ep4ReadAcross(
            String category,

            Boolean applies,

            LocalizedText because) {
    }

    /**
     * A fact the descriptor left out, which the version implied from others, from reference data, or by default.
     *
     * @param from the facts it was implied from; empty for a plain default
     */
    public record ImpliedFact(String fact, JsonNode value, List<String> from, LocalizedText because,
            Citation citation) {
    }

    /** An exclusion that depends on facts the descriptor lacks: the facts that decide it, and the rules. */
    public record UndeterminedExclusion(List<String> facts, List<String> ruleIds) {
    }
}
