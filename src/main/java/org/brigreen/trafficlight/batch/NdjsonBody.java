package org.brigreen.trafficlight.batch;

import java.util.NoSuchElementException;
import org.brigreen.trafficlight.decision.DescriptorParser;

/** A batch in NDJSON: one descriptor per line; blank lines are skipped, but counted in the line numbers. */
final class NdjsonBody extends BatchBody {

    private final byte[] body;
    /** Where each descriptor starts and ends in the body, and its line number. */
    private final int[] starts;
    private final int[] ends;
    private final int[] numbers;
    private int next;

    private NdjsonBody(byte[] body, int count, DescriptorParser parser, String path) {
        super(parser, path);
        this.body = body;
        this.starts = new int[count];
        this.ends = new int[count];
        this.numbers = new int[count];
        index();
    }

    static NdjsonBody read(byte[] body, DescriptorParser parser, String path) {
        int count = countDescriptors(body);
        if (count == 0) {
            throw empty();
        }
        return new NdjsonBody(body, count, parser, path);
    }

    private static int countDescriptors(byte[] body) {
        int count = 0;
        for (int start = 0; start < body.length; start = endOfLine(body, start) + 1) {
            if (!isBlank(body, start, endOfLine(body, start)) && ++count > MAX_DESCRIPTORS) {
                throw tooLarge();
            }
        }
        return count;
    }

    private void index() {
        int descriptor = 0;
        int number = 1;
        for (int start = 0; start < body.length; start = endOfLine(body, start) + 1, number++) {
            int end = endOfLine(body, start);
            if (!isBlank(body, start, end)) {
                starts[descriptor] = start;
                ends[descriptor] = end;
                numbers[descriptor++] = number;
            }
        }
    }

    private static int endOfLine(byte[] body, int start) {
        for (int i = start; i < body.length; i++) {
            if (body[i] == '\n') {
                return i;
            }
        }
        return body.length;
    }

    private static boolean isBlank(byte[] body, int start, int end) {
        for (int i = start; i < end; i++) {
            if (body[i] != ' ' && body[i] != '\t' && body[i] != '\r') {
                return false;
            }
        }
        return true;
    }

    @Override
    public int size() {
        return starts.length;
    }

    @Override
    public boolean hasNext() {
        return next < starts.length;
    }

    @Override
    public UnreadLine next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        int line = next++;
        return () -> parse(numbers[line], body, starts[line], ends[line]);
    }
}
