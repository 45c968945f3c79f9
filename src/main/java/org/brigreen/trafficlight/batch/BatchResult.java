package org.brigreen.trafficlight.batch;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.UUID;
import org.brigreen.trafficlight.decision.Decision;
import org.brigreen.trafficlight.decision.RecordedDecision;
import org.brigreen.trafficlight.http.Problem;
import org.brigreen.trafficlight.rules.Assessment;
import org.brigreen.trafficlight.rules.TrafficLight;

/** One line of a batch's answer: the recorded decision in brief, or the problem that kept the line from one. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BatchResult(
        int line,

        UUID decisionId,

        String reference,

        @JsonProperty("class")
        TrafficLight trafficLight,

        Boolean excluded,

        List<String> reasons,

        List<String> missingFacts,

        Boolean cappedByMissingFacts,

        Problem problem) {

    static BatchResult of(int line, RecordedDecision recorded) {
        Decision decision = recorded.decision();
        Assessment assessment = decision.assessment();
        return new BatchResult(line, decision.id(), decision.descriptor().reference(), assessment.trafficLight(),
                assessment.excluded(), assessment.reasons().stream().map(Assessment.Reason::ruleId).toList(),
                assessment.missingFacts().stream().map(Assessment.MissingFact::fact).toList(),
                assessment.missingFactsCapped(), null);
    }

    static BatchResult refused(int line, Problem problem) {
        return new BatchResult(line, null, null, null, null, null, null, null, problem);
    }
}
