package org.brigreen.trafficlight.classification;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.brigreen.trafficlight.decision.Caller;
import org.brigreen.trafficlight.decision.Decision;
import org.brigreen.trafficlight.decision.DecisionLog;
import org.brigreen.trafficlight.decision.DecisionLogUnavailableException;
import org.brigreen.trafficlight.decision.DescriptorSchema;
import org.brigreen.trafficlight.decision.KeyClaim;
import org.brigreen.trafficlight.decision.ProjectDescriptor;
import org.brigreen.trafficlight.rules.RuleEngine;
import org.brigreen.trafficlight.rules.RuleSet;
import org.brigreen.trafficlight.rules.RuleSetCatalog;

/** Classifies projects under a rule-set version; a decision is recorded before anyone learns it. */
@ApplicationScoped
public class ClassificationService {

    private static final TimeBasedEpochGenerator UUID_V7 = Generators.timeBasedEpochGenerator();

    private final RuleSetCatalog catalog;
    private final DecisionLog decisionLog;

    public ClassificationService(RuleSetCatalog catalog, DecisionLog decisionLog) {
        this.catalog = catalog;
        this.decisionLog = decisionLog;
    }

    /**
     * Classifies and records, without waiting for the record: the answer completes on {@code answerOn} with the
     * decision as recorded, once it is committed.
     *
     * @param ruleSetId null for the default rule set
     * @param version   null for the version in effect today
     * @param caller    who asks, recorded with the decision
     * @return the recorded decision, or a failure with {@link DecisionLogUnavailableException} when the decision
     *         cannot be recorded
     */
    public CompletableFuture<Decision> classify(ProjectDescriptor descriptor, String ruleSetId, String version,
            Caller caller, Executor answerOn) {
        return classify(descriptor, ruleSetId, version, caller, null, answerOn);
    }

    /**
     * Classifies and records as {@link #classify(ProjectDescriptor, String, String, Caller, Executor)} does, the
     * decision together with the answer of the Idempotency-Key held by {@code claim}.
     *
     * @param claim the request's hold on its Idempotency-Key; null when it has none
     */
    public CompletableFuture<Decision> classify(ProjectDescriptor descriptor, String ruleSetId, String version,
            Caller caller, KeyClaim claim, Executor answerOn) {
        return decisionLog.append(decide(descriptor, ruleSet(ruleSetId, version), caller, null), claim, answerOn);
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
     * A decision not yet recorded: it must not be given to anyone before {@link DecisionLog} has recorded it.
     *
     * @param batch the batch it is decided in; null for a single classification
     */
    public Decision decide(ProjectDescriptor descriptor, RuleSet ruleSet, Caller caller, UUID batch) {
        // Microseconds: what the decision log keeps, so that the answer given and the record are the same.
        Instant decidedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return new Decision(UUID_V7.generate(), decidedAt, descriptor, ruleSet.ref(),
                RuleEngine.assess(ruleSet, DescriptorSchema.PROJECT.facts(descriptor)), caller, batch);
    }
}
