package org.brigreen.trafficlight.rules;

import java.util.List;

/**
 * A rule of a loaded rule-set version: its definition (numbers in its texts taken from the parameters), the file it
 * came from, its compiled condition, and the compiled conditions under which its required actions and its remedy are
 * already satisfied.
 *
 * @param actionsSatisfiedWhen one per required action, in order; null where the action gives no condition
 * @param remedySatisfiedWhen  null where there is no remedy or it gives no condition
 */
public record Rule(RuleDefinition definition, String file, Condition condition, List<Condition> actionsSatisfiedWhen,
        Condition remedySatisfiedWhen) {

    public String id() {
        return definition.id();
    }
}
