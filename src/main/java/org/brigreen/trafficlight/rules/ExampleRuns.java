package org.brigreen.trafficlight.rules;

import java.util.ArrayList;
import java.util.List;

/** Runs the examples rules carry and reports those whose expectation does not hold. */
public final class ExampleRuns {

    private ExampleRuns() {
    }

    /** One example of one rule, ready to run. */
    public record Case(RuleSet ruleSet, Rule rule, int number, RuleExample example) {

        public String title() {
            String name = example.name() == null ? "" : " " + example.name();
            return ruleSet.id() + "/" + ruleSet.version() + " " + rule.id() + " example " + number + name
                    + " (" + example.expected() + ")";
        }

        /** Null when the example holds, else what went wrong. */
        public String failure(DescriptorFacts descriptorFacts) {
            RuleOutcome actual;
            try {
                Facts facts = descriptorFacts.ofFragment(example.descriptor());
                actual = rule.condition().evaluate(Bindings.of(facts, ruleSet.parameters()));
            } catch (IllegalArgumentException | IllegalStateException e) {
                return "example " + number + ": " + e.getMessage();
            }
            return actual.equals(example.expected())
                    ? null
                    : "example " + number + describe(example) + ": expected " + example.expected() + ", got " + actual;
        }

        private static String describe(RuleExample example) {
            return example.name() == null ? "" : " '" + example.name() + "'";
        }
    }

    public static List<Case> of(RuleSet ruleSet) {
        List<Case> cases = new ArrayList<>();
        for (Rule rule : ruleSet.rules()) {
            List<RuleExample> examples = rule.definition().examples();
            for (int i = 0; i < examples.size(); i++) {
                cases.add(new Case(ruleSet, rule, i + 1, examples.get(i)));
            }
        }
        return cases;
    }
}
