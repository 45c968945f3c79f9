package org.brigreen.trafficlight.classification;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.util.UUID;
import org.brigreen.trafficlight.decision.Decision;
import org.brigreen.trafficlight.decision.RecordedDecision;
import org.brigreen.trafficlight.rules.Language;

/**
 * A decision as the API answers it: the recorded decision's id and time, then its assessment in one language, and the
 * site facts computed from its location, where it has one.
 */
public record ClassificationAnswer(
        UUID decisionId,

        Instant decidedAt,

        @JsonUnwrapped
        AssessmentAnswer assessment,

        @JsonInclude(JsonInclude.Include.NON_NULL)
        SiteAnswer site) {

    /** The decision rendered in {@code language}. */
    public static ClassificationAnswer of(RecordedDecision recorded, Language language) {
        Decision decision = recorded.decision();
        return new ClassificationAnswer(decision.id(), decision.decidedAt(), AssessmentAnswer.of(
                decision.descriptor().reference(), decision.ruleSet(), decision.assessment(), language),
                decision.siteScreening() == null ? null : SiteAnswer.of(decision.siteScreening(), language));
    }
}
