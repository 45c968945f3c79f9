package org.brigreen.trafficlight.decisionlog;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.brigreen.trafficlight.decision.Decision;
import org.brigreen.trafficlight.rules.TrafficLight;

/**
 * What the decision log reports at /q/metrics: the decisions it has recorded, per class, and how its group commits
 * go (how long each takes, how many decisions each holds).
 */
@ApplicationScoped
class LogMetrics {

    private final Map<TrafficLight, Counter> decisions = new EnumMap<>(TrafficLight.class);
    private final Counter excluded;
    private final Timer commits;
    private final DistributionSummary groupSizes;

    LogMetrics(MeterRegistry registry) {
        for (TrafficLight trafficLight : TrafficLight.values()) {
            decisions.put(trafficLight, Counter.builder("traffic_light.decisions")
                    .description("Decisions recorded in the decision log, and so given")
                    .tag("class", trafficLight.wireName())
                    .register(registry));
        }
        excluded = Counter.builder("traffic_light.decisions.excluded")
                .description("Recorded decisions that found the project excluded from financing")
                .register(registry);
        commits = Timer.builder("traffic_light.decision_log.commit")
                .description("Time to append one group of decisions to the chain and commit it")
                .publishPercentileHistogram()
                .register(registry);
        groupSizes = DistributionSummary.builder("traffic_light.decision_log.group_size")
                .description("Decisions committed together in one transaction")
                .baseUnit("decisions")
                .publishPercentileHistogram()
                .register(registry);
    }

    void committed(List<Decision> group, long nanos) {
        commits.record(nanos, TimeUnit.NANOSECONDS);
        groupSizes.record(group.size());
        for (Decision decision : group) {
            decisions.get(decision.assessment().trafficLight()).increment();
            if (decision.assessment().excluded()) {
                excluded.increment();
            }
        }
    }
}
