package org.brigreen.trafficlight.decisionlog;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of the log, in sequence order, and where the next page starts. */
@Schema(name = "DecisionLogPage", description = "Recorded decisions in sequence order, and the cursor of the next "
        + "page.")
public record DecisionLogPage(
        @Schema(description = "The decisions of this page, in sequence order.")
        List<DecisionLogEntry> items,

        @Schema(description = "Pass as after to get the next page; absent when there are no more decisions.",
                example = "AAAAAAAAAGQ")
        String next) {
}
