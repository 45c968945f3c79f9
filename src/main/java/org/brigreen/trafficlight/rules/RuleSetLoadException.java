package org.brigreen.trafficlight.rules;

import java.util.List;

/** Rule files that cannot be served: each problem names the file, the rule id where there is one, and the reason. */
public class RuleSetLoadException extends RuntimeException {

    private final List<String> problems;

    public RuleSetLoadException(List<String> problems) {
        super("Rule files cannot be loaded:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
