package org.brigreen.trafficlight.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
    @Schema(description = "The findings on one environmental objective.")
    public record ObjectiveAssessment(
            @Schema(description = "Worst harm found; absent when no rule found harm.", example = "moderate")
            Level harm,

            @Schema(description = "A rule found a positive contribution.", example = "true")
            boolean positive,

            @Schema(description = "The rules whose findings are on this objective.",
                    example = "[\"solar.positive-contribution\"]")
            List<String> ruleIds) {
    }

    /** A rule that matched, why, and on which facts. */
    public record Reason(String ruleId, Objective objective, Effect effect, boolean blocking, LocalizedText message,
            Citation citation, LocalizedText basis, Map<String, JsonNode> facts) {
    }

    /** A fact the descriptor lacks and the rules that needed it. */
    @Schema(description = "A fact the descriptor lacks, and the rules that needed it.")
    public record MissingFact(
            @Schema(description = "The fact, by its dotted name in the descriptor.", example = "eia.status")
            String fact,

            @Schema(description = "The rules that could not be decided without it.",
                    example = "[\"eia.built-without-approval\"]")
            List<String> neededBy) {
    }

    /** An action the lender or sponsor must take; {@code ruleId} is null for the actions of the class itself. */
    public record RequiredAction(String ruleId, LocalizedText action) {
    }

    /** What would lift the class, and the rule that says so. */
    public record Remedy(String ruleId, LocalizedText remedy) {
    }

    /** Equator Principles category read across from the class; {@code applies} is null when the facts are missing. */
    @Schema(description = "The Equator Principles (EP4) read-across: red is category A, amber B, green C.")
    public record Ep4ReadAcross(
            @Schema(description = "EP4 category.", example = "C")
            String category,

            @Schema(description = "Whether EP4 applies (project capex of US$10 million or more); absent when the "
                    + "finance facts are missing.", example = "true")
            Boolean applies) {
    }
}
