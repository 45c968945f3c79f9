package org.brigreen.trafficlight.decision;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

/**
 * Where decisions are recorded. A decision is answered only once its record is committed: only a log turns a
 * {@link Decision} into the {@link RecordedDecision} an answer is made of. One decision never fails another: a record
 * the log refuses for what it holds is left out, and the decisions beside it are recorded.
 */
public abstract class DecisionLog {

    /** A decision this log has recorded, or read back from its records. */
    protected static RecordedDecision recorded(Decision decision) {
        return new RecordedDecision(decision);
    }

    /** What became of {@code decisions}: each recorded as it is, but for those with ids in {@code refused}. */
    protected static Recorded recorded(List<Decision> decisions, Set<UUID> refused) {
        Map<UUID, RecordedDecision> recorded = decisions.stream()
                .filter(decision -> !refused.contains(decision.id()))
                .collect(Collectors.toMap(Decision::id, RecordedDecision::new));
        return new Recorded(recorded);
    }

    /**
     * Records a decision durably, without waiting: the answer completes once the record is committed, on
     * {@code answerOn}, with the decision as recorded (what the caller is answered). It fails, and the decision must
     * then not be given, with {@link RecordRefusedException} when the log refuses the record for what it holds, or
     * with {@link DecisionLogUnavailableException} when the decision cannot be recorded now.
     */
    public CompletableFuture<RecordedDecision> append(Decision decision, Executor answerOn) {
        return append(decision, null, answerOn);
    }

    /**
     * Records a decision as {@link #append(Decision, Executor)} does, and with it, in the same transaction, the answer
     * of the Idempotency-Key it was made for. It fails with {@link KeyClaimLostException}, and the decision is not
     * recorded, when the key is no longer held by {@code claim}.
     *
     * @param claim the request's hold on its key; null when it has none
     */
    public abstract CompletableFuture<RecordedDecision> append(Decision decision, KeyClaim claim, Executor answerOn);

    /**
     * Records decisions durably, in order, without waiting: the answer completes once every one of them is committed
     * or refused for what it holds, and says which were refused; it fails with {@link DecisionLogUnavailableException}
     * when they cannot be recorded now. None of them may be given before. They are recorded only if {@code after},
     * the answer of an earlier append, has not failed by then, so that a caller can hand over its next decisions while
     * the ones before commit and still have none recorded after a failure; {@code after} may be null.
     */
    public abstract CompletableFuture<Recorded> appendAll(List<Decision> decisions, CompletableFuture<?> after);

    /**
     * Records the step of an appeal, in the same chain as the decisions, and with it, just before it and in the same
     * transaction, the decision the step brings about: both or neither. Completes once they are committed, with the
     * decision as recorded; fails with {@link RecordRefusedException} when the log refuses either, or with
     * {@link DecisionLogUnavailableException} when they cannot be recorded now.
     *
     * @param stepRecord the step's RFC 8785 canonical JSON, whose top-level {@code kind} names it
     * @param decision   the decision made by an upheld appeal; null for any other step
     */
    public abstract CompletableFuture<Optional<RecordedDecision>> appendAppealStep(String stepRecord,
            Decision decision);

    public abstract Optional<RecordedDecision> find(UUID id);
}
