package org.brigreen.trafficlight.rules;

import java.util.List;

/**
 * One rule as written in a rule file: a CEL condition over the descriptor's facts and the rule set's parameters,
 * the effect it has when the condition holds, and the texts that explain and justify it.
 *
 * @param when        CEL condition; facts by their dotted names ({@code site.kba}), parameters as {@code params.name}
 * @param basis       where a borrowed threshold comes from, if the rule uses one
 * @param requiredActions what the lender or sponsor must do when the rule matches
 * @param remedy      what would lift the class, where anything can
 * @param classes     the classes a rule that only adds actions applies to; absent: every class
 * @param whenFactsMissing {@code confirm} where the rule's missing facts must never cap the class, only be listed as
 *                    to confirm; absent: {@code cap} where the rule can worsen the class
 * @param examples    descriptor fragments with the expected outcome, run at load and by the test suite
 */
public record RuleDefinition(
        String id,

        Objective objective,

        Effect effect,

        boolean blocking,

        String when,

        LocalizedText message,

        Citation citation,

        LocalizedText basis,

        List<ActionDefinition> requiredActions,

        ActionDefinition remedy,

        List<TrafficLight> classes,

        String whenFactsMissing,

        List<RuleExample> examples) {

    public static final String CONFIRM = "confirm";
    public static final String CAP = "cap";

    public RuleDefinition {
        effect = effect == null ? new Effect(null, false, null, null, false) : effect;
        requiredActions = requiredActions == null ? List.of() : List.copyOf(requiredActions);
        examples = examples == null ? List.of() : List.copyOf(examples);
    }

    /** Whether the rule's missing facts are only to be confirmed: they never cap the class. */
    public boolean missingFactsOnlyToConfirm() {
        return CONFIRM.equals(whenFactsMissing);
    }
}
