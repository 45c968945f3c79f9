package org.brigreen.trafficlight.http;

import java.io.ByteArrayOutputStream;

/** Bodies written byte by byte, for bytes that no string holds: invalid UTF-8, say. */
final class Bytes {

    private Bytes() {
    }

    /** The bytes of {@code values}, each taken as an unsigned byte: {@code bytes(0xC0, 0xAF)}. */
    static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return all.toByteArray();
    }
}
