package org.brigreen.trafficlight.decisionlog;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.UUID;
import org.brigreen.trafficlight.rules.RuleSetRef;
import org.brigreen.trafficlight.rules.TrafficLight;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One decision of a page of the log: what was decided, for whom, and where it sits in the hash chain. Every field but
 * the hashes is a copy of a field of the record, and verification holds each to its record.
 */
@Schema(name = "DecisionLogEntry", description = "A recorded decision in the log: its place in the hash chain and "
        + "the fields regulators filter by, each a copy of the record that verification holds to it. "
        + "GET /v1/decisions/{decisionId} gives the whole decision.")
public record DecisionLogEntry(
        @Schema(description = "Sequence number in the log: gapless, in the order of recording.", example = "1042")
        long seq,

        @Schema(description = "Id of the decision (UUIDv7).", example = "019a8f3e-7c41-7d2a-9b1e-4f6a2c8d0e13")
        UUID decisionId,

        @Schema(description = "When the decision was made and recorded.", example = "2026-11-21T08:15:30.123456Z")
        Instant decidedAt,

        @JsonProperty("class")
        @Schema(description = "The class given: red, amber or green.", example = "red")
        TrafficLight trafficLight,

        @Schema(description = "Whether the project was excluded from financing.", example = "true")
        boolean excluded,

        @Schema(description = "Sector of the project.", example = "coal_power")
        String sector,

        @Schema(description = "Country of the project, ISO 3166-1 alpha-2.", example = "KE")
        String country,

        @Schema(description = "The caller's reference, when one was sent.", example = "LN-2026-0042")
        String reference,

        @Schema(description = "The rule-set version that decided.")
        RuleSetRef ruleSet,

        @Schema(description = "The organisation of the caller that asked for the decision; absent in decisions "
                + "recorded before callers were.", example = "acme-bank")
        String org,

        @Schema(description = "The batch the decision was made in (POST /v1/classifications/batch); absent for a "
                + "single classification.", example = "019a8f3e-7c40-7b1e-8f2a-1c3d5e7f9a0b")
        UUID batchId,

        @Schema(description = "SHA-256(0x00 || record) of the canonical record, lower-case hex.",
                example = "5d9a5c2e1c3f3b4e8f1a0c7d6b2e9f4a3c8d1e0f7a6b5c4d3e2f1a0b9c8d7e6f")
        String entryHash,

        @Schema(description = "SHA-256(previous chainHash || entryHash), lower-case hex: the head of the chain "
                + "up to this decision.",
                example = "0c4b2f9e8d7a6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c1b")
        String chainHash) {

    static DecisionLogEntry of(LoggedDecision logged) {
        return new DecisionLogEntry(logged.seq(), logged.id(), logged.decidedAt(), logged.trafficLight(),
                logged.excluded(), logged.sector(), logged.country(), logged.reference(), logged.ruleSet(),
                logged.org(), logged.batchId(), logged.entryHashHex(), logged.chainHashHex());
    }
}
