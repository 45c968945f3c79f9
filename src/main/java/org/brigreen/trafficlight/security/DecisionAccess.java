package org.brigreen.trafficlight.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.brigreen.trafficlight.decision.DecisionLog;
import org.brigreen.trafficlight.decision.RecordedDecision;
import org.brigreen.trafficlight.input.NotFoundException;

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

    /**
     * Decision {@code id}, if the caller may see it.
     *
     * @throws NotFoundException when the caller may not see it, or there is none
     */
    public RecordedDecision visible(UUID id) {
        return decisionLog.find(id).filter(recorded -> callers.sees(recorded.decision().caller()))
                .orElseThrow(() -> notFound(id));
    }

    /**
     * Checks that the caller may see decision {@code id}; a regulator, who sees every decision, costs no read here.
     *
     * @throws NotFoundException when the caller may not see it, or there is none
     */
    public void requireVisible(UUID id) {
        if (callers.scope().isPresent()) {
            visible(id);
        }
    }

    /** The answer for a decision that is not there, or not the caller's. */
    private static NotFoundException notFound(Object id) {
        return new NotFoundException("There is no decision " + id + ".");
    }
}
