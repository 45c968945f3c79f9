package org.brigreen.trafficlight.rules;

/** A rule of a loaded rule-set version: its definition, the file it came from, and its compiled condition. */
public record Rule(RuleDefinition definition, String file, Condition condition) {

    public String id() {
        return definition.id();
    }
}
