package org.brigreen.trafficlight.rules;

import dev.cel.runtime.CelAttribute;
import dev.cel.runtime.CelAttributePattern;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelUnknownSet;
import dev.cel.runtime.PartialVars;
import dev.cel.runtime.Program;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A CEL condition, parsed, type-checked and compiled once, with the facts and parameters it reads. */
public final class Condition {

    private final String expression;
    private final Program program;
    private final List<String> facts;
    private final List<String> parameters;
    private final List<CelAttributePattern> unknownPatterns;
    private final Map<CelAttribute, String> factNames;
    private final Conjuncts conjuncts;

    /**
     * @param facts           the descriptor facts the expression refers to, in order of first use
     * @param parameters      the names of the rule set's parameters the expression refers to (without
     *                        {@code params.})
     * @param unknownPatterns the pattern that makes each of {@code facts} an unknown, in the same order
     * @param conjuncts       its top-level comparisons of a fact with a known value, tested before CEL is asked
     */
    Condition(String expression, Program program, List<String> facts, List<String> parameters,
            List<CelAttributePattern> unknownPatterns, Conjuncts conjuncts) {
        this.expression = expression;
        this.program = program;
        this.facts = List.copyOf(facts);
        this.parameters = List.copyOf(parameters);
        this.unknownPatterns = List.copyOf(unknownPatterns);
        this.conjuncts = conjuncts;
        // CEL names an attribute by matching a regular expression on each of its parts: once per fact, not per outcome.
        this.factNames = this.facts.stream()
                .map(CelAttribute::fromQualifiedIdentifier)
                .collect(Collectors.toUnmodifiableMap(Function.identity(), CelAttribute::toString));
    }

    public String expression() {
        return expression;
    }

    public Program program() {
        return program;
    }

    /** The descriptor facts the expression refers to, in order of first use. */
    public List<String> facts() {
        return facts;
    }

    /** The names of the rule set's parameters the expression refers to (without {@code params.}). */
    public List<String> parameters() {
        return parameters;
    }

    /**
     * Evaluates the condition. Missing facts are unknowns: where the result does not depend on them (false and
     * anything) the condition is decided; where it does, the outcome names them.
     */
    public RuleOutcome evaluate(Bindings bindings) {
        RuleOutcome decided = conjuncts.decide(bindings);
        if (decided != null) {
            return decided;
        }
        List<CelAttributePattern> unknowns = missingFacts(bindings);
        Object result;
        try {
            // Unknown tracking costs for every fact read and every unknown: only a condition that reads a missing
            // fact uses it, with none but the missing facts it reads.
            result = unknowns.isEmpty()
                    ? program.eval(bindings.resolver())
                    : program.eval(PartialVars.of(bindings.resolver(), unknowns));
        } catch (CelEvaluationException e) {
            throw new IllegalStateException("condition '" + expression + "' failed: " + e.getMessage(), e);
        }
        if (result instanceof Boolean matched) {
            return RuleOutcome.decided(matched);
        }
        if (result instanceof CelUnknownSet unknown) {
            return RuleOutcome.undecided(unknown.attributes().stream().map(this::nameOf).toList());
        }
        throw new IllegalStateException("condition '" + expression + "' gave " + result + ", not a boolean");
    }

    private List<CelAttributePattern> missingFacts(Bindings bindings) {
        List<CelAttributePattern> missing = new ArrayList<>(0);
        for (int i = 0; i < facts.size(); i++) {
            if (bindings.isMissing(facts.get(i))) {
                missing.add(unknownPatterns.get(i));
            }
        }
        return missing;
    }

    private String nameOf(CelAttribute attribute) {
        String name = factNames.get(attribute);
        return name != null ? name : attribute.toString();
    }
}
