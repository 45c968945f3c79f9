package org.brigreen.trafficlight.replay;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A recorded decision assessed again. Under the version that decided ({@code mode: reproduction}) it must give the
 * recorded assessment back, byte for byte as canonical JSON; under another version ({@code mode: comparison}) it
 * shows what that version would conclude.
 *
 * @param reproduced  null in a comparison, where nothing is expected to be reproduced
 * @param differences null in a comparison, where the versions are expected to differ
 */
public record Replay(
        UUID decisionId,

        Instant decidedAt,

        String reference,

        ReplayMode mode,

        Boolean reproduced,

        List<Difference> differences,

        Outcome recorded,

        Outcome replayed,

        Change change,

        String language) {
}
