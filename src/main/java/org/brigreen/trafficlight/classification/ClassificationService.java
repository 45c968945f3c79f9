package org.brigreen.trafficlight.classification;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.brigreen.trafficlight.rules.RuleEngine;
import org.brigreen.trafficlight.rules.RuleSet;
import org.brigreen.trafficlight.rules.RuleSetCatalog;
import org.brigreen.trafficlight.security.Caller;

/** Classifies a project under a rule-set version and records the decision before anyone learns it. */
@ApplicationScoped
public class ClassificationService {

    private static final TimeBasedEpochGenerator UUID_V7 = Generators.timeBasedEpochGenerator();

    private final RuleSetCatalog catalog;
    private final DescriptorParser descriptors;
    private final DecisionLog decisionLog;

    public ClassificationService(RuleSetCatalog catalog, DescriptorParser descriptors, DecisionLog decisionLog) {
        this.catalog = catalog;
        this.descriptors = descriptors;
        this.decisionLog = decisionLog;
    }

    /**
     * Classifies and records; the answer is the decision as recorded.
     *
     * @param ruleSetId null for the default rule set
     * @param version   null for the version in effect today
     * @param caller    who asks, recorded with the decision
     * @throws DecisionLogUnavailableException when the decision cannot be recorded
     */
    public Decision classify(ProjectDescriptor descriptor, String ruleSetId, String version, Caller caller) {
        RuleSet ruleSet = catalog.select(ruleSetId, version, LocalDate.now(ZoneOffset.UTC));
        // Microseconds: what the decision log keeps, so that the answer given and the record are the same.
        Instant decidedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Decision decision = new Decision(UUID_V7.generate(), decidedAt, descriptor, ruleSet.ref(),
                RuleEngine.assess(ruleSet, descriptors.facts(descriptor)), caller);
        return decisionLog.append(decision);
    }
}
