package org.brigreen.trafficlight.input;

/**
 * What a caller asked for is not there, or not the caller's to see: the two are answered alike, so that nobody learns
 * that another organisation's id is real.
 */
public class NotFoundException extends RuntimeException {

    /** @param detail what is not there, for the answer: "There is no decision …." */
    public NotFoundException(String detail) {
        super(detail, null, false, false);
    }
}
