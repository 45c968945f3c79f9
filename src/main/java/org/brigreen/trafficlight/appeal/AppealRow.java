package org.brigreen.trafficlight.appeal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * An appeal as the pages show it: its state by its wire name, which the templates turn into a word of the page's
 * language, and its times written plainly in UTC.
 *
 * @param reference     the project reference of the corrected facts (the appealed decision's); null without one
 * @param ruledAt       when it was ruled on; null while pending
 * @param reasons       the ruling's reasons; null while pending
 * @param newDecisionId the decision an upheld ruling made; null otherwise
 */
public record AppealRow(String id, String decisionId, String org, String state, String filedAt, String statement,
        String reference, String ruledAt, String reasons, String newDecisionId) {

    private static final DateTimeFormatter PLAIN_UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    static AppealRow of(Appeal appeal) {
        AppealStep filing = appeal.filing();
        AppealStep ruling = appeal.ruling().orElse(null);
        return new AppealRow(appeal.id().toString(), appeal.decisionId().toString(), appeal.org(),
                appeal.state().wireName(), plainUtc(filing.at()), filing.statement(), filing.descriptor().reference(),
                ruling == null ? null : plainUtc(ruling.at()), ruling == null ? null : ruling.reasons(),
                ruling == null || ruling.newDecisionId() == null ? null : ruling.newDecisionId().toString());
    }

    public boolean pending() {
        return state.equals(AppealState.PENDING.wireName());
    }

    public String decisionPath() {
        return "/app/decisions/" + decisionId;
    }

    /** The page of the decision an upheld ruling made; null otherwise. */
    public String newDecisionPath() {
        return newDecisionId == null ? null : "/app/decisions/" + newDecisionId;
    }

    public String rulingPath() {
        return "/app/appeals/" + id + "/ruling";
    }

    private static String plainUtc(Instant instant) {
        return PLAIN_UTC.format(instant);
    }
}
