package org.brigreen.trafficlight.batch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

/**
 * The results of a batch sent with an Idempotency-Key, written to the caller and kept, gzipped, for a retry. When the
 * caller stops reading, the results are still kept: the batch runs to its end, so that the retry gets all of it.
 */
final class KeptResults extends OutputStream {

    private final OutputStream caller;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private final GZIPOutputStream gzip;
    private boolean callerGone;

    KeptResults(OutputStream caller) {
        this.caller = caller;
        try {
            this.gzip = new GZIPOutputStream(kept);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        gzip.write(bytes, offset, length);
        toCaller(out -> out.write(bytes, offset, length));
    }

    @Override
    public void flush() throws IOException {
        toCaller(OutputStream::flush);
    }

    /** Everything written, gzipped. */
    byte[] gzipped() {
        try {
            gzip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return kept.toByteArray();
    }

    private void toCaller(Write write) {
        if (callerGone) {
            return;
        }
        try {
            write.to(caller);
        } catch (IOException e) {
            callerGone = true;
        }
    }

    @FunctionalInterface
    private interface Write {
        void to(OutputStream out) throws IOException;
    }
}
