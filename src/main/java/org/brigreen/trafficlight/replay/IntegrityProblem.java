package org.brigreen.trafficlight.replay;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.brigreen.trafficlight.http.ProblemType;

/** An RFC 9457 problem for a decision that is not reproduced, carrying the replay as an extension member. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IntegrityProblem(
        String type,

        String title,

        int status,

        String detail,

        String instance,

        Replay replay) {

    static final String TYPE = ProblemType.INTEGRITY_ERROR.uri();
}
