package org.brigreen.trafficlight.decision;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import java.util.UUID;

/** The ids of decisions and batches: UUIDv7 (RFC 9562), so that they sort by the time they were made. */
public final class TimeOrderedIds {

    private static final TimeBasedEpochGenerator UUID_V7 = Generators.timeBasedEpochGenerator();

    private TimeOrderedIds() {
    }

    public static UUID next() {
        return UUID_V7.generate();
    }
}
