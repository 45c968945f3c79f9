package org.brigreen.trafficlight.appeal;

/** A step that the appeal's state does not allow, answered 409 with the problem type it names. */
public class AppealConflictException extends RuntimeException {

    private final String problemType;

    AppealConflictException(String problemType, String detail) {
        super(detail, null, false, false);
        this.problemType = problemType;
    }

    /** The problem type, after the service's prefix: {@code appeal-pending}, {@code appeal-ruled} or
     * {@code decision-superseded}. */
    public String problemType() {
        return problemType;
    }
}
