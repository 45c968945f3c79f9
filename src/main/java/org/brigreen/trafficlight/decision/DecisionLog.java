package org.brigreen.trafficlight.decision;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Where decisions are recorded. A decision is answered only once its record is committed. One decision never fails
 * another: a record the log refuses for what it holds is left out, and the decisions beside it are recorded.
 */
public interface DecisionLog {

    /**
     * Records a decision durably, without waiting: the answer completes once the record is committed, on
     * {@code answerOn}, with the decision as recorded (what the caller is answered). It fails, and the decision must
     * then not be given, with {@link RecordRefusedException} when the log refuses the record for what it holds, or
     * with {@link DecisionLogUnavailableException} when the decision cannot be recorded now.
     */
    default CompletableFuture<Decision> append(Decision decision, Executor answerOn) {
        return append(decision, null, answerOn);
    }

    /**
     * Records a decision as {@link #append(Decision, Executor)} does, and with it, in the same transaction, the answer
     * of the Idempotency-Key it was made for. It fails with {@link KeyClaimLostException}, and the decision is not
     * recorded, when the key is no longer held by {@code claim}.
     *
     * @param claim the request's hold on its key; null when it has none
     */
    CompletableFuture<Decision> append(Decision decision, KeyClaim claim, Executor answerOn);

    /**
     * Records decisions durably, in order, without waiting: the answer completes once every one of them is committed
     * or refused for what it holds, and says which were refused; it fails with {@link DecisionLogUnavailableException}
     * when they cannot be recorded now. None of them may be given before. They are recorded only if {@code after},
     * the answer of an earlier append, has not failed by then, so that a caller can hand over its next decisions while
     * the ones before commit and still have none recorded after a failure; {@code after} may be null.
     */
    CompletableFuture<Recorded> appendAll(List<Decision> decisions, CompletableFuture<?> after);

    Optional<Decision> find(UUID id);
}
