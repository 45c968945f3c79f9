package org.brigreen.trafficlight.input;

import java.util.List;

/** A request that cannot be served as sent: every invalid field, answered with 400 problem+json. */
public class InvalidRequestException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidRequestException(String detail, List<FieldError> errors) {
        super(detail);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
