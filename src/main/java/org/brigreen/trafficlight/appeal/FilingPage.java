package org.brigreen.trafficlight.appeal;

import java.util.List;

/**
 * An appeal's filing as typed, shown again with what the service refused: each field's problems in the API's words,
 * beside the field.
 *
 * @param statement          the statement as typed
 * @param descriptor         the corrected facts as typed: a JSON project descriptor
 * @param statementProblem   what is wrong with the statement; null when nothing is
 * @param descriptorProblems what is wrong with the corrected facts, each with where in the descriptor
 * @param conflict           the problem type of a filing the decision's appeals did not allow; null otherwise
 */
public record FilingPage(String decisionId, String statement, String descriptor, String formToken,
        String statementProblem, List<String> descriptorProblems, String conflict) {

    public String decisionPath() {
        return "/app/decisions/" + decisionId;
    }
}
