package org.brigreen.trafficlight.decisionlog;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * One line of the NDJSON export: the decision as a page of the log lists it, with its canonical record as a
 * string, byte for byte as it was hashed, so that an offline verifier can recompute every entry hash and the chain
 * without the service.
 */
public record ExportedDecision(
        @JsonUnwrapped
        DecisionLogEntry entry,

        String record) {

    static ExportedDecision of(LoggedDecision logged) {
        return new ExportedDecision(DecisionLogEntry.of(logged), logged.record());
    }
}
