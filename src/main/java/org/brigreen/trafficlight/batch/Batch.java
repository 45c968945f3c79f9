package org.brigreen.trafficlight.batch;

import java.time.Instant;
import java.util.UUID;
import org.brigreen.trafficlight.decision.Caller;
import org.brigreen.trafficlight.rules.RuleSetRef;

/**
 * A batch as it is received: who sent it, the rule-set version all of its lines are classified under, and how many
 * descriptors it holds.
 */
record Batch(UUID id, Caller caller, RuleSetRef ruleSet, Instant receivedAt, int lines) {
}
