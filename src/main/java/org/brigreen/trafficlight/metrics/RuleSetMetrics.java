package org.brigreen.trafficlight.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.brigreen.trafficlight.rules.RuleSet;
import org.brigreen.trafficlight.rules.RuleSetCatalog;

/**
 * The rule-set versions at /q/metrics: one {@code traffic_light_rule_set_in_use} series per loaded version, 1 for the
 * version that classifies by default today and 0 for the others (which serve only when pinned).
 */
@Startup
@ApplicationScoped
class RuleSetMetrics {

    RuleSetMetrics(RuleSetCatalog catalog, MeterRegistry registry) {
        for (RuleSet ruleSet : catalog.all()) {
            Gauge.builder("traffic_light.rule_set.in_use", () -> inUseToday(catalog, ruleSet) ? 1 : 0)
                    .description("1 for the version of a rule set that classifies by default today, else 0")
                    .tag("ruleset", ruleSet.id())
                    .tag("version", ruleSet.version())
                    .tag("digest", ruleSet.digest())
                    .register(registry);
        }
    }

    private static boolean inUseToday(RuleSetCatalog catalog, RuleSet ruleSet) {
        return catalog.defaultVersion(ruleSet.id(), LocalDate.now(ZoneOffset.UTC))
                .filter(inUse -> inUse.version().equals(ruleSet.version()))
                .isPresent();
    }
}
