package org.brigreen.trafficlight.decisionlog;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.UUID;
import org.brigreen.trafficlight.rules.RuleSetRef;
import org.brigreen.trafficlight.rules.TrafficLight;

/**
 * One decision of a page of the log: what was decided, for whom, and where it sits in the hash chain. Every field but
 * the hashes is a copy of a field of the record, and verification holds each to its record.
 */
public record DecisionLogEntry(
        long seq,

        UUID decisionId,

        Instant decidedAt,

        @JsonProperty("class")
        TrafficLight trafficLight,

        boolean excluded,

        String sector,

        String country,

        String reference,

        RuleSetRef ruleSet,

        String org,

        UUID batchId,

        UUID supersedes,

        String entryHash,

        String chainHash) {

    static DecisionLogEntry of(LoggedDecision logged) {
        return new DecisionLogEntry(logged.seq(), logged.id(), logged.decidedAt(), logged.trafficLight(),
                logged.excluded(), logged.sector(), logged.country(), logged.reference(), logged.ruleSet(),
                logged.org(), logged.batchId(), logged.supersedes(), logged.entryHashHex(), logged.chainHashHex());
    }
}
