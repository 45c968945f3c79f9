package org.brigreen.trafficlight.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What re-hashing a run of the log found. */
@Schema(name = "VerificationReport", description = "The result of re-hashing the log's records from seq from to seq "
        + "to: every record's entry hash, the hash chain, gapless sequence numbers, and every checkpoint of a tree "
        + "size in the range (signature and root).")
public record VerificationReport(
        @Schema(description = "Whether everything checked holds.", example = "false")
        boolean intact,

        @Schema(description = "The first sequence number checked.", example = "1")
        long from,

        @Schema(description = "The last sequence number checked: by default the log's size, or the latest "
                + "checkpoint's tree size if larger (so that removed last records are found).", example = "12")
        long to,

        @Schema(description = "The records checked before the first failure, or all of them.", example = "4")
        long recordsChecked,

        @Schema(description = "The checkpoints whose signature and root were checked.", example = "1")
        long checkpointsChecked,

        @Schema(description = "The first sequence number that fails, and why; absent when intact.")
        Failure firstFailure) {

    /** The first failure found. */
    @Schema(name = "VerificationFailure", description = "The first sequence number that fails verification.")
    public record Failure(
            @Schema(description = "The sequence number (for a checkpoint: its tree size).", example = "5")
            long seq,

            @Schema(description = "Why: record_hash_mismatch (the record was changed), chain_break (an entry hash "
                    + "or chain hash was changed), missing_sequence_number (records were removed), "
                    + "checkpoint_root_mismatch (the entry hashes up to here differ from what the checkpoint "
                    + "signed), bad_signature (the checkpoint's signature does not verify).",
                    example = "record_hash_mismatch", enumeration = {"record_hash_mismatch", "chain_break",
                            "missing_sequence_number", "checkpoint_root_mismatch", "bad_signature"})
            String reason,

            @Schema(description = "What was found, in words.", example = AuditExamples.FAILURE_DETAIL)
            String detail) {

        static Failure of(LogVerifier.Failure failure) {
            return new Failure(failure.seq(), failure.reason().wireName(), failure.detail());
        }
    }
}
