package org.brigreen.trafficlight.web;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.brigreen.trafficlight.audit.Checkpoint;
import org.brigreen.trafficlight.audit.VerificationRun;
import org.brigreen.trafficlight.tlog.LogVerifier;

/**
 * What the integrity page shows when it loads.
 *
 * @param checkpoint       the latest signed checkpoint; null before the first
 * @param age              how long ago it was signed; null without one
 * @param keyId            the id of the key that signs checkpoints now
 * @param lastVerification the latest background verification; null before the first
 * @param logSize          the number of entries in the log now
 * @param formToken        the token the page's posts carry
 */
record IntegrityPage(Checkpoint checkpoint, Age age, String keyId, VerificationRun lastVerification, long logSize,
        String formToken) {

    /** Every kind of damage a verification names, for the page's script to put in words. */
    public List<String> reasons() {
        return Arrays.stream(LogVerifier.Reason.values()).map(LogVerifier.Reason::wireName).toList();
    }

    /** A number as the texts take it: they take the script's #placeholders too. */
    public String number(long n) {
        return Long.toString(n);
    }

    /** Every state of a verification, for the page's script to put in words. */
    public List<String> states() {
        return List.of(VerificationRun.RUNNING, VerificationRun.PASSED, VerificationRun.FAILED,
                VerificationRun.INTERRUPTED);
    }

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
