package org.brigreen.trafficlight.tlog;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.erdtman.jcs.NumberToJSON;

/**
 * Writes a JSON tree in RFC 8785 canonical form: properties sorted by their UTF-16 code units, no insignificant white
 * space, strings escaped as ECMAScript does, numbers as IEEE 754 doubles in ECMAScript's shortest form (the library's
 * own {@link NumberToJSON}). It gives what {@code JsonCanonicalizer} gives for the same JSON text, without writing
 * the text and parsing it back; the tests hold the two to the same bytes.
 */
public final class CanonicalJson {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final StringBuilder out = new StringBuilder(4096);

    private CanonicalJson() {
    }

    public static String of(JsonNode tree) {
        CanonicalJson canonical = new CanonicalJson();
        canonical.write(tree);
        return canonical.out.toString();
    }

    private void write(JsonNode node) {
        switch (node.getNodeType()) {
            case OBJECT -> writeObject(node);
            case ARRAY -> writeArray(node);
            case STRING -> writeString(node.textValue());
            case NUMBER -> writeNumber(node.doubleValue());
            case BOOLEAN -> out.append(node.booleanValue());
            case NULL -> out.append("null");
            default -> throw new IllegalArgumentException("not JSON: " + node.getNodeType());
        }
    }

    private void writeObject(JsonNode object) {
        List<String> names = new ArrayList<>(object.size());
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        names.sort(null);
        out.append('{');
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            writeString(names.get(i));
            out.append(':');
            write(object.get(names.get(i)));
        }
        out.append('}');
    }

    private void writeArray(JsonNode array) {
        out.append('[');
        for (int i = 0; i < array.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            write(array.get(i));
        }
        out.append(']');
    }

    /** Runs of characters that need no escape, most strings whole, are appended at once. */
    private void writeString(String text) {
        out.append('"');
        int plainFrom = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\') {
                out.append(text, plainFrom, i);
                writeEscaped(c);
                plainFrom = i + 1;
            }
        }
        out.append(text, plainFrom, text.length());
        out.append('"');
    }

    private void writeEscaped(char c) {
        switch (c) {
            case '\n' -> out.append("\\n");
            case '\b' -> out.append("\\b");
            case '\f' -> out.append("\\f");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            case '"', '\\' -> out.append('\\').append(c);
            default -> out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xf]);
        }
    }

    private void writeNumber(double value) {
        try {
            out.append(NumberToJSON.serializeNumber(value));
        } catch (IOException e) {
            throw new UncheckedIOException("a number has no canonical JSON form", e);
        }
    }
}
