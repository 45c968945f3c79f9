package org.brigreen.trafficlight.appeal;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import org.brigreen.trafficlight.classification.ClassificationService;
import org.brigreen.trafficlight.decision.Caller;
import org.brigreen.trafficlight.decision.Decision;
import org.brigreen.trafficlight.decision.DecisionLog;
import org.brigreen.trafficlight.decision.DecisionLogUnavailableException;
import org.brigreen.trafficlight.decision.ProjectDescriptor;
import org.brigreen.trafficlight.decision.TimeOrderedIds;
import org.brigreen.trafficlight.http.ProblemType;
import org.brigreen.trafficlight.input.FieldError;
import org.brigreen.trafficlight.input.InvalidRequestException;
import org.brigreen.trafficlight.input.NotFoundException;
import org.brigreen.trafficlight.rules.RuleSet;
import org.brigreen.trafficlight.security.Callers;
import org.brigreen.trafficlight.security.DecisionAccess;
import org.brigreen.trafficlight.security.Roles;

/**
 * Appeals against decisions: the organisation that received a decision files one, with a statement and the facts
 * as they should have been; a regulator upholds it, which makes a new decision from those facts under the appealed
 * decision's rule-set version and supersedes the old one, or dismisses it with reasons. Every step is a record in the
 * log's hash chain; the appealed decision is never changed. Steps on one decision's appeals are taken one at a time,
 * across instances, so that a decision has at most one pending appeal and an appeal at most one ruling.
 */
@ApplicationScoped
public class AppealService {

    private static final List<String> APPELLANTS = List.of(Roles.LENDER, Roles.ENTERPRISE);
    private static final List<String> RULERS = List.of(Roles.REGULATOR);

    private final AppealStore store;
    private final AppealRecordV1 codec;
    private final DecisionLog decisionLog;
    private final DecisionAccess access;
    private final ClassificationService classification;
    private final Callers callers;

    AppealService(AppealStore store, AppealRecordV1 codec, DecisionLog decisionLog, DecisionAccess access,
            ClassificationService classification, Callers callers) {
        this.store = store;
        this.codec = codec;
        this.decisionLog = decisionLog;
        this.access = access;
        this.classification = classification;
        this.callers = callers;
    }

    /** An appeal filed, and whether this filing made it (false: the same filing was made before). */
    public record Filing(Appeal appeal, boolean created) {
    }

    /**
     * Files an appeal against decision {@code decisionId}, by the caller, who must see the decision. Filing again what
     * is pending already (the same statement and facts) is answered that appeal, and records nothing.
     *
     * @throws NotFoundException when the caller may not see the decision, or there is none
     * @throws InvalidRequestException when the corrected facts are those decided, name another project, or contradict
     *         one another under the decision's rule-set version
     * @throws AppealConflictException when another appeal of the decision is pending, or the decision is superseded
     */
    public Filing file(UUID decisionId, String statement, ProjectDescriptor corrected) {
        Decision appealed = access.visible(decisionId).decision();
        requireCorrection(appealed, corrected);
        // Facts that contradict one another are refused now, not when the appeal is upheld.
        classification.assess(corrected, ruleSetOf(appealed));
        AppealParty by = caller(APPELLANTS);
        return store.exclusively(decisionId, () -> {
            if (store.superseded(decisionId)) {
                throw new AppealConflictException(ProblemType.DECISION_SUPERSEDED, "Decision " + decisionId + " is superseded "
                        + "by a decision made when an appeal against it was upheld: appeal that decision instead.");
            }
            Optional<Appeal> pending = store.ofDecision(decisionId).stream()
                    .filter(appeal -> appeal.state() == AppealState.PENDING).findFirst();
            if (pending.isPresent()) {
                return new Filing(sameFilingOrConflict(pending.get(), by, statement, corrected), false);
            }
            AppealStep filing = AppealStep.filed(TimeOrderedIds.next(), decisionId, now(), by, statement, corrected);
            append(filing, null);
            return new Filing(store.find(filing.appealId()).orElseThrow(), true);
        });
    }

    /**
     * Rules on appeal {@code appealId}: {@link AppealStepKind#UPHELD} records, with the ruling, a new decision from the
     * filing's facts that supersedes the appealed one; {@link AppealStepKind#DISMISSED} records the ruling only. The
     * same ruling again is answered the appeal as it stands, and records nothing.
     *
     * @throws NotFoundException when there is no such appeal
     * @throws AppealConflictException when the appeal was ruled on otherwise
     */
    public Appeal rule(UUID appealId, AppealStepKind outcome, String reasons) {
        if (outcome == AppealStepKind.FILED) {
            throw new IllegalArgumentException("a ruling upholds or dismisses");
        }
        Appeal appeal = store.find(appealId).orElseThrow(() -> notFound(appealId));
        AppealParty by = caller(RULERS);
        return store.exclusively(appeal.decisionId(), () -> {
            Appeal current = store.find(appealId).orElseThrow();
            if (current.ruling().isPresent()) {
                return sameRulingOrConflict(current, outcome, reasons);
            }
            Decision made = outcome == AppealStepKind.UPHELD ? superseding(current, by) : null;
            Instant at = made == null ? now() : made.decidedAt();
            append(AppealStep.ruled(current.filing(), outcome, at, by, reasons, made == null ? null : made.id()),
                    made);
            return store.find(appealId).orElseThrow();
        });
    }

    /**
     * Appeal {@code appealId}, if the caller may see it: a regulator sees every appeal, an organisation its own.
     *
     * @throws NotFoundException otherwise, as when there is none
     */
    public Appeal visible(UUID appealId) {
        return store.find(appealId).filter(this::seen).orElseThrow(() -> notFound(appealId));
    }

    /**
     * The appeals of decision {@code decisionId}, oldest first.
     *
     * @throws NotFoundException when the caller may not see the decision, or there is none
     */
    public List<Appeal> ofDecision(UUID decisionId) {
        access.requireVisible(decisionId);
        return store.ofDecision(decisionId);
    }

    /** The {@code limit} appeals filed last that the caller may see, newest first; in one state, unless null. */
    public List<Appeal> newest(AppealState state, int limit) {
        return store.newest(callers.scope().orElse(null), limit).stream()
                .filter(appeal -> state == null || appeal.state() == state).toList();
    }

    private boolean seen(Appeal appeal) {
        return callers.scope().map(org -> org.equals(appeal.org())).orElse(true);
    }

    private void requireCorrection(Decision appealed, ProjectDescriptor corrected) {
        if (!Objects.equals(corrected.reference(), appealed.descriptor().reference())) {
            throw new InvalidRequestException("An appeal corrects the facts of the project decided, not another.",
                    List.of(new FieldError("/descriptor/reference", "must be the appealed decision's reference, "
                            + (appealed.descriptor().reference() == null ? "absent"
                                    : "\"" + appealed.descriptor().reference() + "\""))));
        }
        if (corrected.equals(appealed.descriptor())) {
            throw new InvalidRequestException("The corrected facts are the facts decided.",
                    List.of(new FieldError("/descriptor", "must differ from the facts decided in the facts that "
                            + "were wrong")));
        }
    }

    private static Appeal sameFilingOrConflict(Appeal pending, AppealParty by, String statement,
            ProjectDescriptor corrected) {
        AppealStep filing = pending.filing();
        if (Objects.equals(filing.by().org(), by.org()) && filing.statement().equals(statement)
                && filing.descriptor().equals(corrected)) {
            return pending;
        }
        throw new AppealConflictException(ProblemType.APPEAL_PENDING, "Appeal " + pending.id() + " against decision "
                + pending.decisionId() + " is pending; a decision has one pending appeal at a time.");
    }

    private static Appeal sameRulingOrConflict(Appeal ruled, AppealStepKind outcome, String reasons) {
        AppealStep ruling = ruled.ruling().orElseThrow();
        if (ruling.kind() == outcome && ruling.reasons().equals(reasons)) {
            return ruled;
        }
        throw new AppealConflictException(ProblemType.APPEAL_RULED, "Appeal " + ruled.id() + " was "
                + ruled.state().wireName() + " on " + ruling.at() + "; a ruling is final.");
    }

    /** The decision an upheld appeal makes: the filing's facts, under the appealed decision's rule-set version. */
    private Decision superseding(Appeal appeal, AppealParty regulator) {
        Decision appealed = decisionLog.find(appeal.decisionId()).orElseThrow().decision();
        Caller caller = new Caller(appeal.org(), regulator.subject(), Caller.APPEAL_UPHELD);
        return classification.decide(appeal.filing().descriptor(), ruleSetOf(appealed), caller, null)
                .superseding(appealed.id());
    }

    private RuleSet ruleSetOf(Decision decision) {
        return classification.ruleSet(decision.ruleSet().id(), decision.ruleSet().version());
    }

    private void append(AppealStep step, Decision made) {
        try {
            decisionLog.appendAppealStep(codec.canonical(step), made).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof DecisionLogUnavailableException unavailable) {
                throw new DecisionLogUnavailableException("The step of the appeal could not be recorded, so nothing "
                        + "was. Retry shortly.", unavailable);
            }
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** The caller, in the first of {@code roles} it has. */
    private AppealParty caller(List<String> roles) {
        return new AppealParty(callers.organisation().orElse(null), callers.name(),
                callers.firstRole(roles).orElseThrow());
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static NotFoundException notFound(UUID appealId) {
        return new NotFoundException("There is no appeal " + appealId + ".");
    }
}
