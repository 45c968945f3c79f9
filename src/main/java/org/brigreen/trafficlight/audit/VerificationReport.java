package org.brigreen.trafficlight.audit;

import org.brigreen.trafficlight.tlog.LogVerifier;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What re-hashing a run of the log found. */
@Schema(name = "VerificationReport", description = "The result of re-hashing the log's records from seq from to seq "
        + "to: every record's entry hash, the hash chain, gapless sequence numbers, every column copied from a "
        + "record against the record, and every checkpoint of a tree size in the range (signature, root, and its "
        + "link to the checkpoint before it).")
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

            @Schema(description = "Why: record_hash_mismatch (the record or its entry hash was changed), chain_break "
                    + "(an entry hash or chain hash was changed), missing_sequence_number (records were removed), "
                    + "column_mismatch (a column copied from the record, named in column, says otherwise), "
                    + "unreadable_record (the record is not a decision's JSON), checkpoint_root_mismatch (the entry "
                    + "hashes up to here differ from what the checkpoint signed), bad_signature (the checkpoint's "
                    + "signature does not verify), missing_checkpoint (the checkpoint of this tree size was removed: "
                    + "the next one names it as the one before it, or this service signed or read it), "
                    + "checkpoint_chain_break (the checkpoint of this tree size is not in the chain of checkpoints).",
                    example = "record_hash_mismatch", enumeration = {"record_hash_mismatch", "chain_break",
                            "missing_sequence_number", "column_mismatch", "unreadable_record",
                            "checkpoint_root_mismatch", "bad_signature", "missing_checkpoint",
                            "checkpoint_chain_break"})
            String reason,

            @Schema(description = "What was found, in words.", example = AuditExamples.FAILURE_DETAIL)
            String detail,

            @Schema(description = "The sequence numbers the damage lies in. For checkpoint_root_mismatch, the records "
                    + "after the checkpoint before it up to its tree size: a record there was changed, removed or "
                    + "added, with every later entry and chain hash recomputed, and only the checkpoint can show it; "
                    + "for records missing from the end of the log, all of them; else seq alone.")
            Range range,

            @Schema(description = "For column_mismatch: the column of the decision table that differs from its "
                    + "record.", example = "traffic_light")
            String column) {

        static Failure of(LogVerifier.Failure failure) {
            return new Failure(failure.seq(), failure.reason().wireName(), failure.detail(),
                    new Range(failure.rangeFrom(), failure.rangeTo()), failure.column());
        }
    }

    /** Sequence numbers from one to another, both included. */
    @Schema(name = "SeqRange", description = "Sequence numbers from from to to, both included.")
    public record Range(
            @Schema(description = "The first.", example = "5") long from,
            @Schema(description = "The last.", example = "5") long to) {
    }
}
