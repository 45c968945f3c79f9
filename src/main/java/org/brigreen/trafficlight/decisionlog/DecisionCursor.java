package org.brigreen.trafficlight.decisionlog;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.Optional;

/**
 * The cursor of a page of the log: opaque to callers (base64url of the last sequence number given), so that what
 * it holds may change without breaking them. The API's pages and the pages for people (read newest first) both use it.
 */
public final class DecisionCursor {

    private static final int BYTES = Long.BYTES;

    private DecisionCursor() {
    }

    /** The cursor of a page whose last decision is sequence number {@code seq}. */
    public static String after(long seq) {
        byte[] bytes = ByteBuffer.allocate(BYTES).putLong(seq).array();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The sequence number the cursor continues after; empty for anything this class did not write. */
    public static Optional<Long> seqOf(String cursor) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(cursor);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (bytes.length != BYTES) {
            return Optional.empty();
        }
        long seq = ByteBuffer.wrap(bytes).getLong();
        return seq < 0 ? Optional.empty() : Optional.of(seq);
    }
}
