package org.brigreen.trafficlight.classification;

import java.util.Optional;
import java.util.UUID;

/** Where decisions are recorded. A decision is answered only once {@link #append} has returned. */
public interface DecisionLog {

    /**
     * Records a decision durably: when this returns, the record is committed.
     *
     * @throws DecisionLogUnavailableException when it cannot be recorded; the decision must then not be given
     */
    void append(Decision decision);

    Optional<Decision> find(UUID id);
}
