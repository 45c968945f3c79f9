package org.brigreen.trafficlight.rules;

import java.util.List;
import org.brigreen.trafficlight.input.FieldError;
import org.brigreen.trafficlight.input.InvalidRequestException;

/** A descriptor whose facts contradict one another under a rule-set version: refused, not decided. */
public class ContradictoryFactsException extends InvalidRequestException {

    public ContradictoryFactsException(String detail, List<FieldError> errors) {
        super(detail, errors);
    }
}
