package org.brigreen.trafficlight.input;

/** An input larger than the service takes, such as a batch of too many descriptors. */
public class TooLargeException extends RuntimeException {

    /** @param detail what the limit is, for the answer */
    public TooLargeException(String detail) {
        super(detail, null, false, false);
    }
}
