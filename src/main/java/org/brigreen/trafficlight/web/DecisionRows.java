package org.brigreen.trafficlight.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.brigreen.trafficlight.decisionlog.DecisionRecordV1;
import org.brigreen.trafficlight.decisionlog.LoggedDecision;

/** Turns logged decisions into the rows the history pages show, reading each record for what only it holds. */
@ApplicationScoped
class DecisionRows {

    private final DecisionRecordV1 codec;

    DecisionRows(DecisionRecordV1 codec) {
        this.codec = codec;
    }

    /** The rows of {@code logged}, in the same order. */
    List<DecisionRow> of(List<LoggedDecision> logged) {
        // The life-cycle stage is not among the log's columns: it is in the record only.
        return logged.stream().map(entry -> DecisionRow.of(entry, entry.decision(codec))).toList();
    }
}
