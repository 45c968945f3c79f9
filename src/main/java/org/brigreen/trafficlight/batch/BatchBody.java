package org.brigreen.trafficlight.batch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import org.brigreen.trafficlight.decision.DescriptorParser;
import org.brigreen.trafficlight.http.BodySizeLimit;
import org.brigreen.trafficlight.http.Problem;
import org.brigreen.trafficlight.http.ProblemType;
import org.brigreen.trafficlight.http.Problems;
import org.brigreen.trafficlight.input.FieldError;
import org.brigreen.trafficlight.input.InvalidRequestException;
import org.brigreen.trafficlight.input.TooLargeException;
import org.brigreen.trafficlight.input.Utf8;

/**
 * The descriptors of a batch body, in input order. The body is checked as a whole (the number of descriptors, a CSV
 * header) before anything is classified; each line is read only when its turn comes, and a line that is not a valid
 * descriptor becomes a problem of its own. Classified and evaluated batches are read alike.
 */
public abstract class BatchBody implements Iterator<BatchBody.UnreadLine> {

    /** A line taken from the body but not read yet: lines are read side by side, each on its own. */
    @FunctionalInterface
    public interface UnreadLine {
        BatchLine read();
    }

    static final int MAX_DESCRIPTORS = 100_000;
    public static final String NDJSON = "application/x-ndjson";
    public static final String CSV = "text/csv";

    private final DescriptorParser parser;
    private final String path;

    BatchBody(DescriptorParser parser, String path) {
        this.parser = parser;
        this.path = path;
    }

    /**
     * The descriptors of {@code body} as {@code mediaType} says it is written.
     *
     * @param path the path the body was sent to, which the problem of a line names as its instance
     * @throws InvalidRequestException when the body as a whole is not a batch
     * @throws TooLargeException when it holds more than {@value #MAX_DESCRIPTORS} descriptors
     */
    public static BatchBody of(String mediaType, byte[] body, DescriptorParser parser, String path) {
        return CSV.equals(mediaType) ? CsvBody.read(body, parser, path) : NdjsonBody.read(body, parser, path);
    }

    /** How many descriptors the body holds, valid or not. */
    public abstract int size();

    /** A line whose descriptor is read from the JSON in {@code body[from, to)}, or its problem. */
    BatchLine parse(int number, byte[] body, int from, int to) {
        if (to - from > BodySizeLimit.MAX_BYTES) {
            return BatchLine.refused(number, Problem.of(ProblemType.HTTP_413, "Request Entity Too Large", 413,
                    "Line " + number + " is longer than " + BodySizeLimit.MAX_BYTES + " bytes.", path));
        }
        try {
            return BatchLine.of(number, parser.parse(Utf8.decode(body, from, to, "The line")));
        } catch (InvalidRequestException e) {
            return refused(number, e);
        }
    }

    /** A line whose descriptor is bound from {@code tree}, or its problem. */
    BatchLine parse(int number, ObjectNode tree) {
        try {
            return BatchLine.of(number, parser.parse(tree));
        } catch (InvalidRequestException e) {
            return refused(number, e);
        }
    }

    /** Line {@code number} of this body, refused for {@code e}. */
    public BatchLine refused(int number, InvalidRequestException e) {
        return refused(number, e, path);
    }

    /** Line {@code number}, refused for {@code e}, in a batch sent to {@code path}. */
    static BatchLine refused(int number, InvalidRequestException e, String path) {
        return BatchLine.refused(number, Problems.invalid(
                new InvalidRequestException("Line " + number + ": " + e.getMessage(), e.errors()), path));
    }

    static TooLargeException tooLarge() {
        return new TooLargeException("A batch holds at most " + MAX_DESCRIPTORS
                + " descriptors; send the rest in another batch.");
    }

    static InvalidRequestException empty() {
        return new InvalidRequestException("The batch holds no descriptors.", List.of(new FieldError("", "is empty")));
    }
}
