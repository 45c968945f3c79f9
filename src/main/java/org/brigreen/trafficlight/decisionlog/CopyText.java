package org.brigreen.trafficlight.decisionlog;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Rows in PostgreSQL's COPY text format: columns separated by tabs, rows ended by newlines, {@code \N} for NULL, and
 * backslash escapes for the characters that would break the layout.
 */
final class CopyText {

    /** What separates the columns of a row made of several pieces. */
    static final byte[] COLUMN_SEPARATOR = {'\t'};
    static final byte[] ROW_END = {'\n'};
    private static final HexFormat HEX = HexFormat.of();

    private final StringBuilder text = new StringBuilder();
    private boolean rowStarted;

    CopyText text(String value) {
        separate();
        if (value == null) {
            text.append("\\N");
            return this;
        }
        int first = firstToEscape(value);
        if (first < 0) {
            text.append(value);
            return this;
        }
        text.append(value, 0, first);
        for (int i = first; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\t' -> text.append("\\t");
                default -> text.append(c);
            }
        }
        return this;
    }

    /** Where the first character that COPY would misread is; -1 when there is none, as in most records. */
    private static int firstToEscape(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' || c == '\n' || c == '\r' || c == '\t') {
                return i;
            }
        }
        return -1;
    }

    /** A value whose text needs no escaping: a number, a boolean, a UUID, an instant. */
    CopyText plain(Object value) {
        separate();
        text.append(value == null ? "\\N" : value.toString());
        return this;
    }

    CopyText bytea(byte[] value) {
        separate();
        text.append("\\\\x").append(HEX.formatHex(value));
        return this;
    }

    CopyText endRow() {
        text.append('\n');
        rowStarted = false;
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    /** The text as COPY reads it from a connection whose client encoding is UTF-8, as the JDBC driver's always is. */
    byte[] toBytes() {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void separate() {
        if (rowStarted) {
            text.append('\t');
        }
        rowStarted = true;
    }
}
