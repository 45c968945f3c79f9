package org.brigreen.trafficlight.rules;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What changed from one version of a rule set to another. Rules are matched by id: a rule only in {@code to} is
 * added, one only in {@code from} is removed, and one in both is changed when any of these {@link Aspect aspects}
 * differs: its condition (compared with runs of whitespace collapsed, so re-wrapping a line is no change), its effect
 * (with the blocking flag and the objective), a parameter its condition references (type or value, or present in
 * only one version), or its messages (message, basis, remedy, required actions, in either language).
 *
 * <p>A change of citation alone is not a change: a rule cited to a newer policy text is the same rule. Nor are
 * changed examples. Parameters of the version are changed when their type or value differs, not their texts or
 * citation.
 */
public record RuleSetDiff(
        RuleSetRef from,

        RuleSetRef to,

        List<RuleDefinition> addedRules,

        List<RuleDefinition> removedRules,

        List<RuleChange> changedRules,

        Map<String, ParameterDefinition> addedParameters,

        Map<String, ParameterDefinition> removedParameters,

        Map<String, ParameterChange> changedParameters) {

    public RuleSetDiff {
        addedRules = List.copyOf(addedRules);
        removedRules = List.copyOf(removedRules);
        changedRules = List.copyOf(changedRules);
        addedParameters = sorted(addedParameters);
        removedParameters = sorted(removedParameters);
        changedParameters = sorted(changedParameters);
    }

    /** The diff from version {@code from} to version {@code to}. */
    public static RuleSetDiff between(RuleSet from, RuleSet to) {
        Map<String, Rule> before = byId(from);
        Map<String, Rule> after = byId(to);
        Map<String, ParameterDefinition> parametersBefore = from.manifest().parameters();
        Map<String, ParameterDefinition> parametersAfter = to.manifest().parameters();
        return new RuleSetDiff(from.ref(), to.ref(),
                notIn(after, before).values().stream().map(Rule::definition).toList(),
                notIn(before, after).values().stream().map(Rule::definition).toList(),
                before.values().stream()
                        .filter(rule -> after.containsKey(rule.id()))
                        .map(rule -> RuleChange.of(rule, after.get(rule.id()), from, to))
                        .filter(change -> !change.aspects().isEmpty())
                        .toList(),
                notIn(parametersAfter, parametersBefore),
                notIn(parametersBefore, parametersAfter),
                parametersBefore.keySet().stream()
                        .filter(name -> parametersAfter.containsKey(name) && !sameParameter(name, from, to))
                        .collect(Collectors.toMap(Function.identity(), name -> new ParameterChange(
                                parametersBefore.get(name), parametersAfter.get(name)))));
    }

    /** What about a rule can change from one version to the next. */
    public enum Aspect implements WireNamed {
        CONDITION,
        EFFECT,
        PARAMETERS,
        MESSAGES
    }

    /** A rule in both versions that changed: the aspects that changed, and the rule as it is in each. */
    public record RuleChange(
            String id,

            List<Aspect> aspects,

            RuleDefinition from,

            RuleDefinition to) {

        public RuleChange {
            aspects = List.copyOf(aspects);
        }

        static RuleChange of(Rule before, Rule after, RuleSet from, RuleSet to) {
            RuleDefinition a = before.definition();
            RuleDefinition b = after.definition();
            EnumSet<Aspect> aspects = EnumSet.noneOf(Aspect.class);
            if (!collapsed(a.when()).equals(collapsed(b.when()))) {
                aspects.add(Aspect.CONDITION);
            }
            if (!a.effect().equals(b.effect()) || a.blocking() != b.blocking() || a.objective() != b.objective()) {
                aspects.add(Aspect.EFFECT);
            }
            if (Stream.concat(before.condition().parameters().stream(), after.condition().parameters().stream())
                    .anyMatch(name -> !sameParameter(name, from, to))) {
                aspects.add(Aspect.PARAMETERS);
            }
            if (!Objects.equals(a.message(), b.message()) || !Objects.equals(a.basis(), b.basis())
                    || !Objects.equals(a.remedy(), b.remedy()) || !a.requiredActions().equals(b.requiredActions())) {
                aspects.add(Aspect.MESSAGES);
            }
            return new RuleChange(a.id(), List.copyOf(aspects), a, b);
        }
    }

    /** A parameter in both versions whose type or value changed. */
    public record ParameterChange(
            ParameterDefinition from,

            ParameterDefinition to) {
    }

    private static Map<String, Rule> byId(RuleSet ruleSet) {
        return sorted(ruleSet.rules().stream().collect(Collectors.toMap(Rule::id, Function.identity())));
    }

    /** The entries of {@code map} whose key is not in {@code others}, in key order. */
    private static <V> SortedMap<String, V> notIn(Map<String, V> map, Map<String, V> others) {
        SortedMap<String, V> missing = new TreeMap<>(map);
        missing.keySet().removeAll(others.keySet());
        return missing;
    }

    /** Whether parameter {@code name} has the same type and value in both versions, or is in neither. */
    private static boolean sameParameter(String name, RuleSet from, RuleSet to) {
        ParameterDefinition a = from.manifest().parameters().get(name);
        ParameterDefinition b = to.manifest().parameters().get(name);
        if (a == null || b == null) {
            return a == b;
        }
        String variable = ConditionCompiler.PARAMETER_PREFIX + name;
        return FactType.named(a.type()) == FactType.named(b.type())
                && from.parameters().get(variable).equals(to.parameters().get(variable));
    }

    private static String collapsed(String expression) {
        return expression.strip().replaceAll("\\s+", " ");
    }

    private static <V> SortedMap<String, V> sorted(Map<String, V> map) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(map));
    }
}
