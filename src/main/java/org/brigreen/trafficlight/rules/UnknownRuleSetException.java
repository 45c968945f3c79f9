package org.brigreen.trafficlight.rules;

/** A rule set or version that is not loaded; the message says what is. */
public class UnknownRuleSetException extends RuntimeException {

    public UnknownRuleSetException(String message) {
        super(message);
    }
}
