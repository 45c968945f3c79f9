package org.brigreen.trafficlight.web;

import jakarta.ws.rs.core.UriBuilder;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.brigreen.trafficlight.decision.Decision;
import org.brigreen.trafficlight.decision.Stage;
import org.brigreen.trafficlight.decisionlog.LoggedDecision;

/**
 * One recorded decision as the history pages show it: enumerations by their wire names, which the templates turn into
 * words of the page's language, and the time written plainly in UTC.
 *
 * @param light     the class: red, amber or green
 * @param reference the caller's reference; null when it sent none
 * @param stage     the project's life-cycle stage; null in a record without one
 * @param org       the organisation it was recorded for; null in records made before callers were recorded
 */
record DecisionRow(String id, String decidedAt, String reference, String light, boolean excluded, String ruleSetId,
        String ruleSetVersion, String stage, String org) {

    private static final DateTimeFormatter PLAIN_UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    /** The row of {@code logged}, whose record reads as {@code decision}. */
    static DecisionRow of(LoggedDecision logged, Decision decision) {
        Stage stage = decision.descriptor().stage();
        return new DecisionRow(logged.id().toString(), plainUtc(logged.decidedAt()), logged.reference(),
                logged.trafficLight().wireName(), logged.excluded(), logged.ruleSet().id(), logged.ruleSet().version(),
                stage == null ? null : stage.wireName(), logged.org());
    }

    /** An instant as people read it, to the second, in UTC. */
    static String plainUtc(Instant instant) {
        return PLAIN_UTC.format(instant);
    }

    /** The page of this decision's screening certificate. */
    public String certificatePath() {
        return "/app/decisions/" + id;
    }

    /** The page of its project's decisions over time; null without a reference. */
    public String projectPath() {
        return reference == null ? null : projectPath(reference);
    }

    /** The page of the decisions over time of the project called {@code reference}, any character of it encoded. */
    static String projectPath(String reference) {
        return UriBuilder.fromPath("/app/projects/{reference}").build(reference).getRawPath();
    }
}
