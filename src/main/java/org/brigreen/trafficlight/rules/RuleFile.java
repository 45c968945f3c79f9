package org.brigreen.trafficlight.rules;

import java.util.List;

/** A file of rules within a rule-set version. */
public record RuleFile(List<RuleDefinition> rules) {

    public RuleFile {
        rules = rules == null ? List.of() : List.copyOf(rules);
    }
}
