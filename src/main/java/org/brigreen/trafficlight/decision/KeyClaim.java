package org.brigreen.trafficlight.decision;

import java.util.UUID;

/**
 * A request's hold on its Idempotency-Key. The decision it makes is recorded in the same transaction as the key's
 * answer, and only while the key is still held by this claim; otherwise it fails with {@link KeyClaimLostException}.
 *
 * @param org   the organisation the key belongs to
 * @param key   the key as the request sent it
 * @param token what this claim stored with the key; another claim of the same key stores another
 */
public record KeyClaim(String org, String key, UUID token) {
}
