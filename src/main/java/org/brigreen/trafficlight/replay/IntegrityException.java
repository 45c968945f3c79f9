package org.brigreen.trafficlight.replay;

/** A recorded decision that its own rule-set version does not reproduce; the replay says where they differ. */
class IntegrityException extends RuntimeException {

    private final transient Replay replay;

    IntegrityException(String detail, Replay replay) {
        super(detail);
        this.replay = replay;
    }

    /** The replay that failed; null when there was nothing to replay under. */
    Replay replay() {
        return replay;
    }
}
