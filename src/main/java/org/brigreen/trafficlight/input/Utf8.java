package org.brigreen.trafficlight.input;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;

/**
 * Request bodies are UTF-8 (RFC 8259 §8.1), read strictly by the JDK's decoder: overlong forms, encoded surrogates,
 * code points beyond U+10FFFF and truncated sequences are refused rather than decoded into something else, so that
 * what is recorded is what the caller sent. The parsers that decode bytes themselves are more lenient.
 */
public final class Utf8 {

    private static final char REPLACEMENT = '\uFFFD';
    /** Decoded in slices when only checked: a 64 MiB batch takes no more memory than this. */
    private static final int SLICE_CHARS = 8192;

    private Utf8() {
    }

    /**
     * The text of {@code bytes[from, to)}.
     *
     * @param subject what the bytes are, to say what is wrong: "The request body"
     * @throws InvalidRequestException when they are not UTF-8, saying at which byte
     */
    public static String decode(byte[] bytes, int from, int to, String subject) {
        String text = new String(bytes, from, to - from, StandardCharsets.UTF_8);
        // The JDK's fast decoding puts U+FFFD for whatever is not UTF-8: only text that holds one needs the strict
        // decoder to tell a sent U+FFFD from a replaced fault, and where the fault is.
        if (text.indexOf(REPLACEMENT) >= 0) {
            OptionalInt invalid = firstInvalidByte(bytes, from, to);
            if (invalid.isPresent()) {
                throw invalid(subject, byteAt(bytes, from, invalid.getAsInt()));
            }
        }
        return text;
    }

    /**
     * A reader of {@code bytes[from, to)} that fails with a {@link CharacterCodingException} where they stop being
     * UTF-8: for text too long to decode at once; {@link #firstInvalidByte} then says where.
     */
    public static Reader reader(byte[] bytes, int from, int to) {
        return new InputStreamReader(new ByteArrayInputStream(bytes, from, to - from), strictDecoder());
    }

    /** Where {@code bytes[from, to)} first stops being UTF-8, counted from {@code from}; empty when it all is. */
    public static OptionalInt firstInvalidByte(byte[] bytes, int from, int to) {
        CharsetDecoder decoder = strictDecoder();
        ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
        CharBuffer slice = CharBuffer.allocate(Math.min(SLICE_CHARS, to - from + 1));
        while (true) {
            CoderResult result = decoder.decode(in, slice, true);
            if (result.isError()) {
                return OptionalInt.of(in.position() - from);
            }
            if (result.isUnderflow()) {
                return OptionalInt.empty();
            }
            slice.clear();
        }
    }

    /** The byte at {@code offset} from {@code from}, for a caller to find it: "byte offset 16 (0xC0)". */
    public static String byteAt(byte[] bytes, int from, int offset) {
        return "byte offset " + offset + " (0x" + String.format("%02X", bytes[from + offset] & 0xFF) + ")";
    }

    /** The 400 of a {@code subject} that stops being UTF-8 {@code where} it says. */
    public static InvalidRequestException invalid(String subject, String where) {
        return new InvalidRequestException(subject + " is not valid UTF-8 at " + where + ".",
                List.of(new FieldError("", "not valid UTF-8 at " + where)));
    }

    private static CharsetDecoder strictDecoder() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
