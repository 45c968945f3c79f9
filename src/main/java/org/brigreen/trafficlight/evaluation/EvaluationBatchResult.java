package org.brigreen.trafficlight.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.brigreen.trafficlight.http.Problem;

/** One line of an evaluated batch's answer: the line's evaluation, or the problem that kept the line from one. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EvaluationBatchResult(
        int line,

        @JsonUnwrapped
        EvaluationAnswer evaluation,

        Problem problem) {

    static EvaluationBatchResult of(int line, EvaluationAnswer evaluation) {
        return new EvaluationBatchResult(line, evaluation, null);
    }

    static EvaluationBatchResult refused(int line, Problem problem) {
        return new EvaluationBatchResult(line, null, problem);
    }
}
