package org.brigreen.trafficlight.classification;

import java.util.Optional;
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

    Optional<Decision> find(UUID id);
}
