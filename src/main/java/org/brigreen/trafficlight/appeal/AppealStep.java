package org.brigreen.trafficlight.appeal;

import java.time.Instant;
import java.util.UUID;
import org.brigreen.trafficlight.decision.ProjectDescriptor;

/**
 * A step of an appeal as the log records it, in the hash chain between the decisions. The decision appealed is never
 * changed: a filing names it, a ruling names the filing's appeal, and an upheld ruling names the new decision that
 * supersedes it, recorded in the same transaction.
 *
 * @param kind          what the step did
 * @param appealId      the appeal, a UUIDv7 given when it is filed
 * @param decisionId    the decision appealed
 * @param at            when the step was taken, to the microsecond
 * @param by            who took it
 * @param statement     a filing's statement of what was wrong; null in a ruling
 * @param descriptor    a filing's corrected facts: the whole descriptor as the appellant says it should have been
 * @param reasons       a ruling's reasons; null in a filing
 * @param newDecisionId an upheld ruling's new decision, made from the corrected facts under the appealed decision's
 *                      rule-set version; null otherwise
 */
public record AppealStep(AppealStepKind kind, UUID appealId, UUID decisionId, Instant at, AppealParty by,
        String statement, ProjectDescriptor descriptor, String reasons, UUID newDecisionId) {

    static AppealStep filed(UUID appealId, UUID decisionId, Instant at, AppealParty by, String statement,
            ProjectDescriptor descriptor) {
        return new AppealStep(AppealStepKind.FILED, appealId, decisionId, at, by, statement, descriptor, null, null);
    }

    static AppealStep ruled(AppealStep filing, AppealStepKind outcome, Instant at, AppealParty by, String reasons,
            UUID newDecisionId) {
        return new AppealStep(outcome, filing.appealId(), filing.decisionId(), at, by, null, null, reasons,
                newDecisionId);
    }
}
