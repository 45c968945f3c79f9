package org.brigreen.trafficlight.appeal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.brigreen.trafficlight.decision.ProjectDescriptor;

/**
 * An appeal as the API answers it: its state, the filing, the ruling once there is one, and each step with its
 * place in the log and its canonical record, so that anyone can recompute its entry hash and ask for its proof.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AppealAnswer(UUID appealId, UUID decisionId, String org, AppealState state, Instant filedAt,
        AppealParty filedBy, String statement, ProjectDescriptor descriptor, Instant ruledAt, AppealParty ruledBy,
        String reasons, UUID newDecisionId, List<Step> steps) {

    /** A step of the appeal in the log. */
    public record Step(long seq, AppealStepKind kind, Instant at, String entryHash, String chainHash, String record) {
    }

    public static AppealAnswer of(Appeal appeal) {
        AppealStep filing = appeal.filing();
        AppealStep ruling = appeal.ruling().orElse(null);
        return new AppealAnswer(appeal.id(), appeal.decisionId(), appeal.org(), appeal.state(), filing.at(),
                filing.by(), filing.statement(), filing.descriptor(), ruling == null ? null : ruling.at(),
                ruling == null ? null : ruling.by(), ruling == null ? null : ruling.reasons(),
                ruling == null ? null : ruling.newDecisionId(),
                appeal.steps().stream().map(logged -> new Step(logged.seq(), logged.step().kind(),
                        logged.step().at(), logged.entryHash(), logged.chainHash(), logged.record())).toList());
    }

    /** A list of appeals. */
    public record Page(List<AppealAnswer> items) {

        static Page of(List<Appeal> appeals) {
            return new Page(appeals.stream().map(AppealAnswer::of).toList());
        }
    }
}
