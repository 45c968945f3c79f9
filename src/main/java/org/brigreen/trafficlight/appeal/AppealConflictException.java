package org.brigreen.trafficlight.appeal;

import org.brigreen.trafficlight.http.ProblemType;

/** A step that the appeal's state does not allow, answered 409 with the problem type it names. */
public class AppealConflictException extends RuntimeException {

    private final ProblemType problemType;

    AppealConflictException(ProblemType problemType, String detail) {
        super(detail, null, false, false);
        this.problemType = problemType;
    }

    /** {@link ProblemType#APPEAL_PENDING}, {@link ProblemType#APPEAL_RULED} or {@link ProblemType#DECISION_SUPERSEDED}. */
    public ProblemType problemType() {
        return problemType;
    }
}
