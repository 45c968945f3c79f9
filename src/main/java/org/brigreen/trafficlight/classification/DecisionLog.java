package org.brigreen.trafficlight.classification;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.UUID;

/** Where decisions are recorded. A decision is answered only once {@link #append} has returned. */
public interface DecisionLog {

    /**
     * Records a decision durably: when this returns, the record is committed.
     *
     * @return the decision as recorded, which is what the caller is answered
     * @throws DecisionLogUnavailableException when it cannot be recorded; the decision must then not be given
     */
    Decision append(Decision decision);

    /**
     * Records decisions durably, in order, without waiting: the answer completes once every one of them is committed,
     * or fails with {@link DecisionLogUnavailableException} when any cannot be; none of them may be given before.
     */
    CompletableFuture<Void> appendAll(List<Decision> decisions);

    Optional<Decision> find(UUID id);
}
