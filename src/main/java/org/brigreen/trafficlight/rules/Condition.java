package org.brigreen.trafficlight.rules;

import dev.cel.runtime.CelAttribute;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelUnknownSet;
import dev.cel.runtime.Program;
import java.util.List;

/**
 * A CEL condition, parsed, type-checked and compiled once, with the facts and parameters it reads.
 *
 * @param facts      the descriptor facts the expression refers to, in order of first use
 * @param parameters the names of the rule set's parameters the expression refers to (without {@code params.})
 */
public record Condition(String expression, Program program, List<String> facts, List<String> parameters) {

    public Condition {
        facts = List.copyOf(facts);
        parameters = List.copyOf(parameters);
    }

    /**
     * Evaluates the condition. Missing facts are unknowns: where the result does not depend on them (false and
     * anything) the condition is decided; where it does, the outcome names them.
     */
    public RuleOutcome evaluate(Bindings bindings) {
        Object result;
        try {
            // Unknown tracking costs: only a condition that reads a missing fact needs it.
            result = bindings.partial() != null && facts.stream().anyMatch(bindings::isMissing)
                    ? program.eval(bindings.partial())
                    : program.eval(bindings.resolver());
        } catch (CelEvaluationException e) {
            throw new IllegalStateException("condition '" + expression + "' failed: " + e.getMessage(), e);
        }
        if (result instanceof Boolean matched) {
            return RuleOutcome.decided(matched);
        }
        if (result instanceof CelUnknownSet unknown) {
            return RuleOutcome.undecided(unknown.attributes().stream().map(CelAttribute::toString).toList());
        }
        throw new IllegalStateException("condition '" + expression + "' gave " + result + ", not a boolean");
    }
}
