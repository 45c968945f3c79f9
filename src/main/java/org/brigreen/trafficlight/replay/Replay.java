package org.brigreen.trafficlight.replay;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A recorded decision assessed again. Under the version that decided ({@code mode: reproduction}) it must give the
 * recorded assessment back, byte for byte as canonical JSON; under another version ({@code mode: comparison}) it
 * shows what that version would conclude.
 *
 * @param reproduced  null in a comparison, where nothing is expected to be reproduced
 * @param differences null in a comparison, where the versions are expected to differ
 */
@Schema(description = "A recorded decision assessed again: under the version that decided, to check that it is "
        + "reproduced exactly, or under another version, to show what would change. A replay is not a decision: it "
        + "is not recorded.")
public record Replay(
        @Schema(description = "Id of the recorded decision.", example = "019a8f3e-7c41-7d2a-9b1e-4f6a2c8d0e13")
        UUID decisionId,

        @Schema(description = "When the decision was made and recorded.", example = "2026-11-21T08:15:30.123456Z")
        Instant decidedAt,

        @Schema(description = "The caller's reference, as recorded.", example = "LN-2026-0042")
        String reference,

        @Schema(description = "reproduction or comparison.", example = "comparison")
        ReplayMode mode,

        @Schema(description = "In a reproduction: the rule-set version that decided is loaded with the recorded "
                + "digest, and it gives exactly the recorded assessment (class, excluded flag, reasons, actions, "
                + "remedies, missing facts, EP4). Absent in a comparison.", example = "true")
        Boolean reproduced,

        @Schema(description = "In a reproduction: every place where the replayed record differs from the recorded "
                + "one (at most " + ReplayService.MAX_DIFFERENCES + "), empty when reproduced. Absent in a "
                + "comparison.", example = "[]")
        List<Difference> differences,

        @Schema(description = "The outcome as recorded.")
        Outcome recorded,

        @Schema(description = "The outcome of the replay.")
        Outcome replayed,

        @Schema(description = "What moved from the recorded outcome to the replayed one.")
        Change change,

        @Schema(description = "Language of the texts: en or zh (from Accept-Language).", example = "en")
        String language) {
}
