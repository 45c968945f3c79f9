package org.brigreen.trafficlight.decisionlog;

import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import org.brigreen.trafficlight.decision.Decision;
import org.brigreen.trafficlight.rules.RuleSetRef;
import org.brigreen.trafficlight.rules.TrafficLight;

/**
 * One entry of the decision log as it is stored: the canonical record, exactly the text that was hashed, its hashes,
 * and the columns copied from it for queries. The hash arrays are not copied: do not change them.
 *
 * @param org       the caller's organisation, copied from the record; null in records made before callers were
 *                  recorded
 * @param batchId   the batch the decision was made in, copied from the record; null for a single classification
 * @param supersedes the decision this one replaces, against which an appeal was upheld, copied from the record; null
 *                   for any other
 * @param record    the RFC 8785 canonical JSON of the decision; {@link #decision(DecisionRecordV1)} reads it
 * @param entryHash {@code SHA-256(0x00 || record)}
 * @param chainHash {@code SHA-256(previous chain hash || entryHash)}
 */
public record LoggedDecision(long seq, UUID id, Instant decidedAt, TrafficLight trafficLight, boolean excluded,
        String sector, String country, String reference, RuleSetRef ruleSet, String org, UUID batchId, UUID supersedes, String record,
        byte[] entryHash, byte[] chainHash) {

    private static final HexFormat HEX = HexFormat.of();

    /** The entry hash in lower-case hex. */
    public String entryHashHex() {
        return HEX.formatHex(entryHash);
    }

    /** The chain hash in lower-case hex. */
    public String chainHashHex() {
        return HEX.formatHex(chainHash);
    }

    /** The decision the record holds. Decoding costs far more than reading, so it is done only when asked. */
    public Decision decision(DecisionRecordV1 codec) {
        return codec.decode(record);
    }
}
