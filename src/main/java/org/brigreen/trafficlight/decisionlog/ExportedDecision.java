package org.brigreen.trafficlight.decisionlog;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One line of the NDJSON export: the decision as a page of the log lists it, with its canonical record as a
 * string, byte for byte as it was hashed, so that an offline verifier can recompute every entry hash and the chain
 * without the service.
 */
@Schema(name = "ExportedDecision", description = "One line of the NDJSON export of the log: a recorded decision "
        + "with its canonical record and hashes.")
public record ExportedDecision(
        @JsonUnwrapped
        DecisionLogEntry entry,

        @Schema(description = "The decision as recorded: RFC 8785 canonical JSON, as a string holding exactly the "
                + "text that was hashed.", example = "{\"assessment\":{\"excluded\":false},\"decidedAt\":\"2026-11-21T08:15:30.123456Z\"}")
        String record) {

    static ExportedDecision of(LoggedDecision logged) {
        return new ExportedDecision(DecisionLogEntry.of(logged), logged.record());
    }
}
