package org.brigreen.trafficlight.appeal;

/**
 * A step of an appeal with its place in the log: its sequence number, its canonical record as hashed, and its entry
 * and chain hashes in lower-case hex.
 */
public record LoggedStep(long seq, AppealStep step, String record, String entryHash, String chainHash) {
}
