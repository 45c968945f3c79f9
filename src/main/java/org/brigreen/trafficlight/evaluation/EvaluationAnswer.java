package org.brigreen.trafficlight.evaluation;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.brigreen.trafficlight.classification.AssessmentAnswer;
import org.brigreen.trafficlight.rules.Assessment;
import org.brigreen.trafficlight.rules.Language;
import org.brigreen.trafficlight.rules.LocalizedText;
import org.brigreen.trafficlight.rules.RuleSetRef;

/**
 * An evaluation as the API answers it: the assessment a classification would give, rendered by the same code, but
 * marked as what it is. It has no decision id and no time of decision, since nothing was recorded.
 *
 * @param recorded always false: a marker a caller's code can test, beside the notice its people read
 */
public record EvaluationAnswer(
        boolean recorded,

        String notice,

        @JsonUnwrapped
        AssessmentAnswer assessment) {

    private static final LocalizedText NOTICE = new LocalizedText(
            "An evaluation, not a decision: nothing was recorded, and it cannot be cited as a screening result.",
            "这是评估，不是决定：未作任何记录，不能作为筛查结果引用。");

    /** The assessment of the project called {@code reference} under {@code ruleSet}, in {@code language}. */
    static EvaluationAnswer of(String reference, RuleSetRef ruleSet, Assessment assessment, Language language) {
        return new EvaluationAnswer(false, NOTICE.in(language),
                AssessmentAnswer.of(reference, ruleSet, assessment, language));
    }
}
