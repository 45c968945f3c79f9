package org.brigreen.trafficlight.input;

import java.util.Optional;
import java.util.UUID;

/** Ids as the API takes them in paths and queries: UUIDs in their 36-character form, nothing looser. */
public final class Uuids {

    private Uuids() {
    }

    /** The UUID {@code text} is, if it is one in its 36-character form. */
    public static Optional<UUID> parse(String text) {
        try {
            return text != null && text.length() == 36 ? Optional.of(UUID.fromString(text)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
