package org.brigreen.trafficlight.classification;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.brigreen.trafficlight.rules.Assessment.ObjectiveAssessment;
import org.brigreen.trafficlight.rules.Assessment;
import org.brigreen.trafficlight.rules.Citation;
import org.brigreen.trafficlight.rules.Effect;
import org.brigreen.trafficlight.rules.Language;
import org.brigreen.trafficlight.rules.LocalizedText;
import org.brigreen.trafficlight.rules.Objective;
import org.brigreen.trafficlight.rules.RuleSetRef;
import org.brigreen.trafficlight.rules.TrafficLight;

/**
 * An assessment as the API answers it (METHODOLOGY §5), its texts in one language: what a classification and an
 * evaluation both say of a project, so that a field added here is in both answers.
 */
public record AssessmentAnswer(
        String reference,

        @JsonProperty("class")
        TrafficLight trafficLight,

        boolean excluded,

        Assessment.UndeterminedExclusion undeterminedExclusion,

        Objectives objectives,

        List<ReasonAnswer> reasons,

        List<ActionAnswer> requiredActions,

        List<RemedyAnswer> remedies,

        List<Assessment.MissingFact> missingFacts,

        boolean cappedByMissingFacts,

        List<ImpliedFactAnswer> impliedFacts,

        List<Assessment.MissingFact> factsToConfirm,

        Ep4Answer ep4,

        RuleSetRef ruleSet,

        String language) {

    /**
     * The assessment of the project called {@code reference} under {@code ruleSet}, rendered in {@code language}.
     *
     * @param reference the caller's reference, as sent; null when there is none
     */
    public static AssessmentAnswer of(String reference, RuleSetRef ruleSet, Assessment assessment,
            Language language) {
        return new AssessmentAnswer(
                reference,
                assessment.trafficLight(),
                assessment.excluded(),
                assessment.undeterminedExclusion(),
                new Objectives(assessment.objectives().get(Objective.CLIMATE),
                        assessment.objectives().get(Objective.POLLUTION),
                        assessment.objectives().get(Objective.BIODIVERSITY)),
                assessment.reasons().stream().map(reason -> new ReasonAnswer(reason.ruleId(), reason.objective(),
                        reason.effect(), reason.blocking(), reason.message().in(language), reason.citation(),
                        text(reason.basis(), language), reason.facts())).toList(),
                assessment.requiredActions().stream()
                        .map(action -> new ActionAnswer(action.ruleId(), action.action().in(language),
                                action.satisfied())).toList(),
                assessment.remedies().stream()
                        .map(remedy -> new RemedyAnswer(remedy.ruleId(), remedy.remedy().in(language))).toList(),
                assessment.missingFacts(),
                assessment.missingFactsCapped(),
                assessment.impliedFacts() == null ? null : assessment.impliedFacts().stream()
                        .map(fact -> new ImpliedFactAnswer(fact.fact(), fact.value(), fact.from(),
                                fact.because().in(language), fact.citation())).toList(),
                assessment.factsToConfirm(),
                new Ep4Answer(assessment.ep4().category(), assessment.ep4().applies(),
                        text(assessment.ep4().because(), language)),
                ruleSet,
                language.tag());
    }

    private static String text(LocalizedText text, Language language) {
        return text == null ? null : text.in(language);
    }

    public record Objectives(
            ObjectiveAssessment climate,
            ObjectiveAssessment pollution,
            ObjectiveAssessment biodiversity) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ReasonAnswer(
            String ruleId,

            Objective objective,

            Effect effect,

            boolean blocking,

            String message,

            Citation citation,

            String basis,

            Map<String, JsonNode> facts) {
    }

    /** A required action; {@code satisfied} is true where what it asks is already in place, and absent otherwise. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ActionAnswer(
            String ruleId,

            String action,

            Boolean satisfied) {
    }

    /** A fact the descriptor left out, which the rule-set version implied, from what, and why. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ImpliedFactAnswer(
            String fact,

            JsonNode value,

            List<String> from,

            String because,

            Citation citation) {
    }

    /**
     * The Equator Principles category, whether they apply (absent when the facts to tell are missing), and why the
     * category, where the version judges it from impacts.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Ep4Answer(
            String category,

            Boolean applies,

            String because) {
    }

    public record RemedyAnswer(
            String ruleId,

            String remedy) {
    }
}
