package org.brigreen.trafficlight.decision;

/**
 * The Idempotency-Key of a decision is no longer held by the request that made it: it was released, or claimed again
 * after its in-flight timeout. The decision is not recorded, so that the key answers one decision only.
 */
public class KeyClaimLostException extends RuntimeException {

    public KeyClaimLostException() {
        super("The request no longer holds its Idempotency-Key; its decision is not recorded.", null, false, false);
    }
}
