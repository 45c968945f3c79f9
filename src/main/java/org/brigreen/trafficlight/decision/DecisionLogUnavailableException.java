package org.brigreen.trafficlight.decision;

/** The decision log cannot be written or read right now; the caller is answered 503 and may retry. */
public class DecisionLogUnavailableException extends RuntimeException {

    public DecisionLogUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
