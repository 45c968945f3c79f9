package org.brigreen.trafficlight.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Compiles what one version's files say into what the engine runs: conditions, and texts with the parameters' values
 * written in. What cannot be compiled is a load problem naming where it is.
 */
final class Compilation {

    private final ConditionCompiler compiler;
    private final ParameterTexts texts;
    private final LoadProblems problems;

    Compilation(ConditionCompiler compiler, ParameterTexts texts, LoadProblems problems) {
        this.compiler = compiler;
        this.texts = texts;
        this.problems = problems;
    }

    LoadProblems problems() {
        return problems;
    }

    /** The same compilation, its conditions compiled by {@code other}: one that declares more variables. */
    Compilation with(ConditionCompiler other) {
        return new Compilation(other, texts, problems);
    }

    /** The condition, compiled; null (and a problem) when it cannot be. */
    Condition condition(String expression, String where) {
        try {
            return compiler.compile(expression);
        } catch (IllegalArgumentException e) {
            problems.add(where + ": " + e.getMessage());
            return null;
        }
    }

    /** The text with its parameters written in; as written (and a problem) when it names an unknown parameter. */
    LocalizedText text(LocalizedText text, String where) {
        try {
            return texts.render(text);
        } catch (IllegalArgumentException e) {
            problems.add(where + ": " + e.getMessage());
            return text;
        }
    }

    /** The rule, its texts rendered and its conditions compiled; nothing when its condition cannot be compiled. */
    Optional<Rule> rule(RuleDefinition definition, String file, String where) {
        Condition condition = condition(definition.when(), where + ": when");
        List<Condition> actionsSatisfiedWhen = new ArrayList<>();
        List<ActionDefinition> actions = new ArrayList<>();
        for (ActionDefinition action : definition.requiredActions()) {
            actionsSatisfiedWhen.add(satisfiedWhen(action, where + ": requiredActions"));
            actions.add(action.withText(text(action.text(), where + ": requiredActions")));
        }
        ActionDefinition remedy = definition.remedy();
        Condition remedySatisfiedWhen = satisfiedWhen(remedy, where + ": remedy");
        RuleDefinition rendered = new RuleDefinition(definition.id(), definition.objective(), definition.effect(),
                definition.blocking(), definition.when(), text(definition.message(), where + ": message"),
                definition.citation(), text(definition.basis(), where + ": basis"), actions,
                remedy == null ? null : remedy.withText(text(remedy.text(), where + ": remedy")),
                definition.classes(), definition.whenFactsMissing(), definition.examples());
        return condition == null ? Optional.empty() : Optional.of(new Rule(rendered, file, condition,
                Collections.unmodifiableList(actionsSatisfiedWhen), remedySatisfiedWhen));
    }

    private Condition satisfiedWhen(ActionDefinition action, String where) {
        return action == null || action.satisfiedWhen() == null ? null
                : condition(action.satisfiedWhen(), where + ": satisfiedWhen");
    }
}
