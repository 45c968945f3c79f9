package org.brigreen.trafficlight.input;

import java.util.Optional;

/**
 * Text the decision log can keep. PostgreSQL's text refuses U+0000, and an unpaired UTF-16 surrogate (which a JSON
 * escape can spell) is no character at all, so it cannot be written as UTF-8 without being changed. Such text is
 * refused when it arrives, so that no decision is made that cannot be recorded as it was given.
 */
public final class StorableText {

    private StorableText() {
    }

    /** Why {@code text} cannot be kept, as the reason of a field error; empty when it can. */
    public static Optional<String> problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return Optional.of("must not contain U+0000 (NUL), found at character " + characterAt(text, i));
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("must not contain an unpaired surrogate (U+" + Integer.toHexString(c).toUpperCase()
                        + "), found at character " + characterAt(text, i) + ": text must be Unicode characters");
            }
        }
        return Optional.empty();
    }

    /** The position of {@code text}'s UTF-16 unit {@code index} in characters, from 1, as a caller counts them. */
    private static int characterAt(String text, int index) {
        return text.codePointCount(0, index) + 1;
    }
}
