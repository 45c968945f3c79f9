package org.brigreen.trafficlight.rules;

import java.util.List;

/**
 * The outcome of one rule on one descriptor: it matched, it did not, or it could not be decided because facts it
 * needs are missing (never guessed: METHODOLOGY §2).
 */
public record RuleOutcome(boolean matched, List<String> missingFacts) {

    private static final RuleOutcome MATCHED = new RuleOutcome(true, List.of());
    private static final RuleOutcome NOT_MATCHED = new RuleOutcome(false, List.of());

    public RuleOutcome {
        missingFacts = List.copyOf(missingFacts);
    }

    public static RuleOutcome decided(boolean matched) {
        return matched ? MATCHED : NOT_MATCHED;
    }

    public static RuleOutcome undecided(List<String> missingFacts) {
        return new RuleOutcome(false, missingFacts.stream().sorted().toList());
    }

    public boolean undecided() {
        return !missingFacts.isEmpty();
    }

    @Override
    public String toString() {
        return undecided() ? "needs " + missingFacts : matched ? "fires" : "does not fire";
    }
}
