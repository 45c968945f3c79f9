package org.brigreen.trafficlight.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.brigreen.trafficlight.classification.DecisionLog;
import org.brigreen.trafficlight.http.Problems;

/**
 * Keeps a lender or enterprise away from another organisation's decision. The answer is the very 404 of a decision
 * that does not exist, not a 403: a caller must not learn that another organisation's decision id is real.
 */
@ApplicationScoped
public class DecisionAccess {

    private final Callers callers;
    private final DecisionLog decisionLog;

    public DecisionAccess(Callers callers, DecisionLog decisionLog) {
        this.callers = callers;
        this.decisionLog = decisionLog;
    }

    /** @throws Problems.NotFound when the caller may not see decision {@code id}, or there is none */
    public void requireVisible(UUID id) {
        if (callers.scope().isEmpty()) {
            return;
        }
        decisionLog.find(id).filter(decision -> callers.sees(decision.caller()))
                .orElseThrow(() -> notFound(id));
    }

    /** The answer for a decision that is not there, or not the caller's. */
    public static Problems.NotFound notFound(Object id) {
        return new Problems.NotFound("There is no decision " + id + ".");
    }
}
