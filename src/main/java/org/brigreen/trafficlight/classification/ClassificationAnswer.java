package org.brigreen.trafficlight.classification;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.brigreen.trafficlight.decision.Decision;
import org.brigreen.trafficlight.decision.RecordedDecision;
import org.brigreen.trafficlight.rules.Assessment.ObjectiveAssessment;
import org.brigreen.trafficlight.rules.Assessment;
import org.brigreen.trafficlight.rules.Citation;
import org.brigreen.trafficlight.rules.Effect;
import org.brigreen.trafficlight.rules.Language;
import org.brigreen.trafficlight.rules.LocalizedText;
import org.brigreen.trafficlight.rules.Objective;
import org.brigreen.trafficlight.rules.RuleSetRef;
import org.brigreen.trafficlight.rules.TrafficLight;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A decision as the API answers it (METHODOLOGY §5), its texts in one language. */
@Schema(name = "Classification", description = "The class of a project, with the reasons, actions and remedies, and "
        + "the rule-set version that decided it.")
public record ClassificationAnswer(
        @Schema(description = "Id of the recorded decision (UUIDv7); GET /v1/decisions/{id} returns it again.",
                example = "019a8f3e-7c41-7d2a-9b1e-4f6a2c8d0e13")
        UUID decisionId,

        @Schema(description = "When the decision was made and recorded.", example = "2026-11-21T08:15:30.123Z")
        Instant decidedAt,

        @Schema(description = "The caller's reference, as sent.", example = "LN-2026-0042")
        String reference,

        @JsonProperty("class")
        @Schema(description = "The class: red, amber or green.", example = "green")
        TrafficLight trafficLight,

        @Schema(description = "Not eligible for financing at all (new coal power, an exclusion-list activity).",
                example = "false")
        boolean excluded,

        @Schema(description = "Each environmental objective with its level and the findings behind it.")
        Objectives objectives,

        @Schema(description = "Every rule that matched, in rule-set order.", example = ExampleAnswers.REASONS)
        List<ReasonAnswer> reasons,

        @Schema(description = "What the lender and sponsor must do: the actions of the class, then those of the rules.",
                example = ExampleAnswers.ACTIONS)
        List<ActionAnswer> requiredActions,

        @Schema(description = "What would lift the class.", example = ExampleAnswers.REMEDIES)
        List<RemedyAnswer> remedies,

        @Schema(description = "Facts that rules needed but the descriptor lacks. Where such a rule could worsen the "
                + "class, the class is at best amber.", example = ExampleAnswers.MISSING_FACTS)
        List<Assessment.MissingFact> missingFacts,

        @Schema(description = "The missing facts held the class at amber at best.", example = "false")
        boolean cappedByMissingFacts,

        @Schema(description = "The Equator Principles read-across.")
        Assessment.Ep4ReadAcross ep4,

        @Schema(description = "The rule-set version that decided.")
        RuleSetRef ruleSet,

        @Schema(description = "Language of the texts: en or zh (from Accept-Language).", example = "en")
        String language) {

    /** The decision rendered in {@code language}. */
    public static ClassificationAnswer of(RecordedDecision recorded, Language language) {
        Decision decision = recorded.decision();
        Assessment assessment = decision.assessment();
        return new ClassificationAnswer(
                decision.id(),
                decision.decidedAt(),
                decision.descriptor().reference(),
                assessment.trafficLight(),
                assessment.excluded(),
                new Objectives(assessment.objectives().get(Objective.CLIMATE),
                        assessment.objectives().get(Objective.POLLUTION),
                        assessment.objectives().get(Objective.BIODIVERSITY)),
                assessment.reasons().stream().map(reason -> new ReasonAnswer(reason.ruleId(), reason.objective(),
                        reason.effect(), reason.blocking(), reason.message().in(language), reason.citation(),
                        text(reason.basis(), language), reason.facts())).toList(),
                assessment.requiredActions().stream()
                        .map(action -> new ActionAnswer(action.ruleId(), action.action().in(language))).toList(),
                assessment.remedies().stream()
                        .map(remedy -> new RemedyAnswer(remedy.ruleId(), remedy.remedy().in(language))).toList(),
                assessment.missingFacts(),
                assessment.missingFactsCapped(),
                assessment.ep4(),
                decision.ruleSet(),
                language.tag());
    }

    private static String text(LocalizedText text, Language language) {
        return text == null ? null : text.in(language);
    }

    @Schema(description = "The three environmental objectives of the BRIGC traffic-light system.")
    public record Objectives(
            @Schema(description = "Climate-change mitigation.") ObjectiveAssessment climate,
            @Schema(description = "Pollution prevention and control.") ObjectiveAssessment pollution,
            @Schema(description = "Biodiversity conservation.") ObjectiveAssessment biodiversity) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "A rule that matched.")
    public record ReasonAnswer(
            @Schema(description = "Id of the rule.", example = "solar.positive-contribution")
            String ruleId,

            @Schema(description = "The objective the rule speaks to.", example = "climate")
            Objective objective,

            @Schema(description = "What the rule does in the decision order.")
            Effect effect,

            @Schema(description = "A blocking rule: no uplift can lift the class while it matches.", example = "false")
            boolean blocking,

            @Schema(description = "Why the rule matched.", example = "Solar power contributes to climate-change "
                    + "mitigation.")
            String message,

            @Schema(description = "The policy text the rule comes from.")
            Citation citation,

            @Schema(description = "Where a borrowed threshold comes from.", example = "Threshold from the EU Taxonomy "
                    + "Climate Delegated Act, Appendix D.")
            String basis,

            @Schema(description = "The facts of the descriptor the rule read, by dotted name.",
                    example = "{\"sector\": \"solar_pv\"}")
            Map<String, JsonNode> facts) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "An action the lender or sponsor must take.")
    public record ActionAnswer(
            @Schema(description = "The rule that requires it; absent for the actions of the class itself.",
                    example = "site.indigenous-peoples")
            String ruleId,

            @Schema(description = "The action.", example = "Obtain free, prior and informed consent (FPIC).")
            String action) {
    }

    @Schema(description = "What would lift the class.")
    public record RemedyAnswer(
            @Schema(description = "The rule the remedy answers.", example = "eia.not-yet-approved")
            String ruleId,

            @Schema(description = "The remedy.", example = "Obtain approval of the EIA before construction.")
            String remedy) {
    }
}
