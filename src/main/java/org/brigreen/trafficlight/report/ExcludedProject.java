package org.brigreen.trafficlight.report;

import java.time.Instant;
import java.util.UUID;

/** A project excluded from financing by a decision of the log. */
public record ExcludedProject(String reference, String org, String sector, String country, Instant decidedAt,
        UUID decisionId, String ruleSet, String version) {
}
