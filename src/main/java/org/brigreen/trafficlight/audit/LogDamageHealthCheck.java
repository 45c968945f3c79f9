package org.brigreen.trafficlight.audit;

import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * "audit-log" in {@code /q/health} (and {@code /q/health/well}): DOWN while the decision log is known to be damaged,
 * with the sequence number and the reason (the details are in the log, and {@code POST /v1/audit/verify} gives them to
 * a regulator). A wellness check, not readiness or liveness: decisions are still recorded meanwhile, and a restart
 * would not mend the log.
 */
@Wellness
@ApplicationScoped
public class LogDamageHealthCheck implements HealthCheck {

    private final LogDamage damage;

    public LogDamageHealthCheck(LogDamage damage) {
        this.damage = damage;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("audit-log");
        return damage.current().map(failure -> response.down()
                .withData("seq", failure.seq())
                .withData("reason", failure.reason().wireName())
                .withData("foundBy", damage.foundBy())
                .build()).orElseGet(() -> response.up().build());
    }
}
