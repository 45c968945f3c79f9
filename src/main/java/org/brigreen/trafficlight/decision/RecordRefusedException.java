package org.brigreen.trafficlight.decision;

import java.util.List;
import org.brigreen.trafficlight.input.FieldError;
import org.brigreen.trafficlight.input.InvalidRequestException;

/**
 * The decision log refused a decision's record for what it holds: PostgreSQL cannot store one of its values, such as
 * text with a NUL character. The request is at fault, so it is answered 400 like any invalid request, and no decision
 * is given; the decisions committed beside it are recorded all the same.
 */
public class RecordRefusedException extends InvalidRequestException {

    public RecordRefusedException() {
        super("The project descriptor holds a value that the decision log cannot store, so no decision was recorded.",
                List.of(new FieldError("", "holds a value the decision log cannot store, such as text with the NUL "
                        + "character (U+0000)")));
    }
}
