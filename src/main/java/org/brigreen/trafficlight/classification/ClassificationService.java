package org.brigreen.trafficlight.classification;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.brigreen.trafficlight.decision.Caller;
import org.brigreen.trafficlight.decision.Decision;
import org.brigreen.trafficlight.decision.DecisionLog;
import org.brigreen.trafficlight.decision.DecisionLogUnavailableException;
import org.brigreen.trafficlight.decision.KeyClaim;
import org.brigreen.trafficlight.decision.ProjectDescriptor;
import org.brigreen.trafficlight.decision.RecordedDecision;
import org.brigreen.trafficlight.decision.TimeOrderedIds;
import org.brigreen.trafficlight.input.FieldError;
import org.brigreen.trafficlight.input.InvalidRequestException;
import org.brigreen.trafficlight.rules.Assessment;
import org.brigreen.trafficlight.rules.RuleSet;
import org.brigreen.trafficlight.rules.RuleSetCatalog;
import org.brigreen.trafficlight.site.ScreenedSite;

/** Classifies projects under a rule-set version; a decision is recorded before anyone learns it. */
@ApplicationScoped
public class ClassificationService {

    private final RuleSetCatalog catalog;
    private final DecisionLog decisionLog;
    private final Idempotency idempotency;
    private final SiteScreener siteScreener;

    ClassificationService(RuleSetCatalog catalog, DecisionLog decisionLog, Idempotency idempotency,
            SiteScreener siteScreener) {
        this.catalog = catalog;
        this.decisionLog = decisionLog;
        this.idempotency = idempotency;
        this.siteScreener = siteScreener;
    }

    /**
     * Classifies and records, without waiting for the record: the answer completes on {@code answerOn} with the
     * decision as recorded, once it is committed. With an Idempotency-Key, once per key: a retry with the same key and
     * request is answered the first decision, and records none.
     *
     * @param ruleSetId      null for the default rule set
     * @param version        null for the version in effect today
     * @param caller         who asks, recorded with the decision
     * @param idempotencyKey the Idempotency-Key header as sent; null when there is none
     * @param request        what decides the answer, as sent: the body, with the rule set and version pinned
     * @return the recorded decision; or a failure with {@link DecisionLogUnavailableException} when the decision
     *         cannot be recorded, or with {@link org.brigreen.trafficlight.idempotency.IdempotencyKeyException} when
     *         the key's first request is still being served, or the key was used for another request
     * @throws org.brigreen.trafficlight.rules.UnknownRuleSetException when there is no such rule set or version
     * @throws InvalidRequestException when the version is a draft, or when the descriptor's facts contradict one
     *         another under it ({@link org.brigreen.trafficlight.rules.ContradictoryFactsException})
     */
    public CompletableFuture<RecordedDecision> classify(ProjectDescriptor descriptor, String ruleSetId,
            String version, Caller caller, String idempotencyKey, byte[] request, Executor answerOn) {
        // Before any key is claimed: a request that cannot be decided (a draft version, facts that contradict one
        // another) must leave no trace.
        Decision decision = decide(descriptor, decidingRuleSet(ruleSetId, version), caller, null);
        Function<KeyClaim, CompletableFuture<RecordedDecision>> record = claim -> decisionLog.append(decision, claim,
                answerOn);
        if (idempotencyKey == null) {
            return record.apply(null);
        }
        return idempotency.once(caller.org(), idempotencyKey, Idempotency.requestHash(ruleSetId, version, request),
                record);
    }

    /**
     * The rule-set version a request asks for.
     *
     * @param ruleSetId null for the default rule set
     * @param version   null for the version in effect today
     * @throws org.brigreen.trafficlight.rules.UnknownRuleSetException when there is no such rule set or version
     */
    public RuleSet ruleSet(String ruleSetId, String version) {
        return catalog.select(ruleSetId, version, LocalDate.now(ZoneOffset.UTC));
    }

    /**
     * The rule-set version a request asks to be decided under: a published one. A draft is being tried out, and what
     * it concludes must not stand as a recorded decision; it is evaluated instead (POST /v1/evaluations).
     *
     * @param ruleSetId null for the default rule set
     * @param version   null for the version in effect today, which is never a draft
     * @throws org.brigreen.trafficlight.rules.UnknownRuleSetException when there is no such rule set or version
     * @throws InvalidRequestException when the version is a draft, naming the published ones
     */
    public RuleSet decidingRuleSet(String ruleSetId, String version) {
        RuleSet ruleSet = ruleSet(ruleSetId, version);
        if (ruleSet.isDraft()) {
            throw new InvalidRequestException("Version " + ruleSet.version() + " of rule set " + ruleSet.id()
                    + " is a draft, which decides nothing: classify under a published version.",
                    List.of(new FieldError("version", "is a draft; drafts are tried with POST /v1/evaluations?"
                            + (ruleSetId == null ? "" : "ruleset=" + ruleSetId + "&") + "version=" + ruleSet.version()
                            + ", which records nothing", publishedVersions(ruleSet.id()))));
        }
        return ruleSet;
    }

    private List<String> publishedVersions(String ruleSetId) {
        return catalog.all().stream().filter(ruleSet -> ruleSet.id().equals(ruleSetId) && !ruleSet.isDraft())
                .map(RuleSet::version).toList();
    }

    /**
     * A decision not yet recorded: it must not be given to anyone before {@link DecisionLog} has recorded it.
     *
     * @param batch the batch it is decided in; null for a single classification
     */
    public Decision decide(ProjectDescriptor descriptor, RuleSet ruleSet, Caller caller, UUID batch) {
        // Microseconds: what the decision log keeps, so that the answer given and the record are the same.
        Instant decidedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        ScreenedSite site = siteScreener.screen(descriptor, ruleSet);
        return new Decision(TimeOrderedIds.next(), decidedAt, descriptor, ruleSet.ref(),
                siteScreener.assess(descriptor, ruleSet, site), caller, batch, null, site);
    }

    /**
     * What {@code ruleSet} concludes of the project, its location screened: the assessment of a decision, and of an
     * evaluation.
     */
    public Assessment assess(ProjectDescriptor descriptor, RuleSet ruleSet) {
        return siteScreener.assess(descriptor, ruleSet, siteScreener.screen(descriptor, ruleSet));
    }
}
