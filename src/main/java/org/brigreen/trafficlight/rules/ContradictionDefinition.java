package org.brigreen.trafficlight.rules;

import java.util.List;

/**
 * Facts that cannot all be true together, which a rule-set version refuses rather than decides on (METHODOLOGY §7.1).
 *
 * @param fields  the facts in conflict, by dotted name; the refusal names them all
 * @param when    CEL condition over the facts as given that holds when they contradict one another
 * @param message why, in both languages
 */
public record ContradictionDefinition(
        List<String> fields,

        String when,

        LocalizedText message) {

    public ContradictionDefinition {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }
}
