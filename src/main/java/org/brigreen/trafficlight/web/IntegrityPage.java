package org.brigreen.trafficlight.web;

import java.time.Duration;
import org.brigreen.trafficlight.audit.Checkpoint;
import org.brigreen.trafficlight.audit.VerificationRun;

/**
 * What the integrity page shows when it loads.
 *
 * @param checkpoint       the latest signed checkpoint; null before the first
 * @param age              how long ago it was signed; null without one
 * @param keyId            the id of the key that signs checkpoints now
 * @param lastVerification the latest background verification; null before the first
 * @param formToken        the token the page's posts carry
 */
record IntegrityPage(Checkpoint checkpoint, Age age, String keyId, VerificationRun lastVerification,
        String formToken) {

    /** An age in the largest unit that fits: seconds, minutes, hours or days. */
    record Age(long amount, String unit) {

        static Age of(Duration age) {
            long seconds = Math.max(0, age.toSeconds());
            if (seconds < 60) {
                return new Age(seconds, "seconds");
            }
            if (seconds < 3600) {
                return new Age(seconds / 60, "minutes");
            }
            if (seconds < 86_400) {
                return new Age(seconds / 3600, "hours");
            }
            return new Age(seconds / 86_400, "days");
        }
    }
}
