package org.brigreen.trafficlight.decisionlog;

import java.util.List;

/** A page of the log, in sequence order, and where the next page starts. */
public record DecisionLogPage(
        List<DecisionLogEntry> items,

        String next) {
}
