package org.brigreen.trafficlight.replay;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.brigreen.trafficlight.decision.Decision;
import org.brigreen.trafficlight.decisionlog.DecisionRecordV1;
import org.brigreen.trafficlight.decisionlog.DecisionLogReader;
import org.brigreen.trafficlight.decisionlog.LogFilter;
import org.brigreen.trafficlight.decisionlog.LoggedDecision;
import org.brigreen.trafficlight.rules.Assessment;
import org.brigreen.trafficlight.rules.RuleSet;
import org.brigreen.trafficlight.rules.RuleSetCatalog;

/**
 * Re-runs the logged decisions of a period under one rule-set version and counts how their classes would move. The
 * log is streamed, never held: only the tally is kept. Nothing is written: a re-run is not a decision.
 */
@ApplicationScoped
public class ImpactService {

    private final DecisionLogReader reader;
    private final DecisionRecordV1 codec;
    private final RuleSetCatalog catalog;
    private final ReplayService replays;

    public ImpactService(DecisionLogReader reader, DecisionRecordV1 codec, RuleSetCatalog catalog,
            ReplayService replays) {
        this.reader = reader;
        this.codec = codec;
        this.catalog = catalog;
        this.replays = replays;
    }

    /**
     * The impact of version {@code version} of rule set {@code ruleSetId} on the decisions made under that rule set
     * in [{@code from}, {@code to}), either end open when null, and only those made under {@code decidedUnder} when
     * it is given.
     *
     * @throws org.brigreen.trafficlight.rules.UnknownRuleSetException when the version is not loaded
     */
    public Impact impact(String ruleSetId, String version, Instant from, Instant to, String decidedUnder) {
        RuleSet target = catalog.select(ruleSetId, version, LocalDate.now(ZoneOffset.UTC));
        // Decisions of other rule sets are left out: a version is measured against the versions it succeeds.
        LogFilter filter = new LogFilter(from, to, null, null, null, null, target.id(), decidedUnder, null, 0);
        ImpactTally tally = new ImpactTally();
        reader.forEach(filter, logged -> tally(tally, target, logged));
        return tally.impact(target.ref(), from, to, decidedUnder);
    }

    private void tally(ImpactTally tally, RuleSet target, LoggedDecision logged) {
        Decision decision = logged.decision(codec);
        Assessment recorded = decision.assessment();
        Assessment rerun = replays.assess(target, decision);
        tally.add(logged.seq(), decision.id(), decision.ruleSet().version(), recorded.trafficLight(),
                recorded.excluded(), rerun.trafficLight(), rerun.excluded());
    }
}
