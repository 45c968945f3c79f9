package org.brigreen.trafficlight.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.brigreen.trafficlight.rules.Assessment.MissingFact;
import org.brigreen.trafficlight.rules.Assessment.ObjectiveAssessment;
import org.brigreen.trafficlight.rules.Assessment.Reason;
import org.brigreen.trafficlight.rules.Assessment.Remedy;
import org.brigreen.trafficlight.rules.Assessment.RequiredAction;

/**
 * Carries out the decision order of METHODOLOGY §2 for any rule set: findings, base class, one uplift, caps, floors,
 * with blocking rules and exclusion. Which rule does what is data; nothing here knows a sector or a threshold.
 */
public final class RuleEngine {

    private static final List<Objective> ENVIRONMENTAL =
            List.of(Objective.CLIMATE, Objective.POLLUTION, Objective.BIODIVERSITY);

    private RuleEngine() {
    }

    public static Assessment assess(RuleSet ruleSet, Facts facts) {
        Bindings bindings = Bindings.of(facts, ruleSet.parameters());
        List<Rule> matched = new ArrayList<>();
        Map<String, List<String>> missing = new TreeMap<>();
        boolean missingCanWorsen = false;
        for (Rule rule : ruleSet.rules()) {
            RuleOutcome outcome = rule.condition().evaluate(bindings);
            if (outcome.matched()) {
                matched.add(rule);
            } else if (outcome.undecided()) {
                outcome.missingFacts().forEach(f -> missing.computeIfAbsent(f, k -> new ArrayList<>()).add(rule.id()));
                missingCanWorsen |= rule.definition().effect().canWorsen();
            }
        }
        TrafficLight trafficLight = decide(matched, missingCanWorsen);
        return new Assessment(
                trafficLight,
                matched.stream().anyMatch(rule -> rule.definition().effect().excluded()),
                objectives(matched),
                matched.stream().map(rule -> reason(rule, facts)).toList(),
                missing.entrySet().stream().map(e -> new MissingFact(e.getKey(), List.copyOf(e.getValue()))).toList(),
                missingCanWorsen,
                requiredActions(ruleSet, trafficLight, matched),
                remedies(matched),
                ep4(ruleSet, trafficLight, bindings));
    }

    private static TrafficLight decide(List<Rule> matched, boolean missingCanWorsen) {
        TrafficLight trafficLight = baseClass(matched);
        boolean blocked = matched.stream().anyMatch(rule -> rule.definition().blocking());
        if (!blocked && matched.stream().anyMatch(rule -> rule.definition().effect().uplift())) {
            trafficLight = trafficLight.oneStepBetter();
        }
        for (Rule rule : matched) {
            TrafficLight cap = rule.definition().effect().cap();
            if (cap != null) {
                trafficLight = trafficLight.noBetterThan(cap);
            }
        }
        if (missingCanWorsen) {
            trafficLight = trafficLight.noBetterThan(TrafficLight.AMBER);
        }
        for (Rule rule : matched) {
            TrafficLight floor = rule.definition().effect().floor();
            if (floor != null) {
                trafficLight = trafficLight.noBetterThan(floor);
            }
        }
        return trafficLight;
    }

    private static TrafficLight baseClass(List<Rule> matched) {
        List<Level> findings = matched.stream()
                .map(rule -> rule.definition().effect().finding())
                .filter(Objects::nonNull)
                .toList();
        if (findings.contains(Level.SIGNIFICANT)) {
            return TrafficLight.RED;
        } else if (findings.contains(Level.MODERATE)) {
            return TrafficLight.AMBER;
        }
        return findings.contains(Level.POSITIVE) ? TrafficLight.GREEN : TrafficLight.AMBER;
    }

    private static Map<Objective, ObjectiveAssessment> objectives(List<Rule> matched) {
        Map<Objective, ObjectiveAssessment> objectives = new EnumMap<>(Objective.class);
        for (Objective objective : ENVIRONMENTAL) {
            Level harm = null;
            boolean positive = false;
            List<String> ruleIds = new ArrayList<>();
            for (Rule rule : matched) {
                Level finding = rule.definition().effect().finding();
                if (finding == null || rule.definition().objective() != objective) {
                    continue;
                }
                ruleIds.add(rule.id());
                if (finding == Level.POSITIVE) {
                    positive = true;
                } else if (harm == null || finding.ordinal() < harm.ordinal()) {
                    harm = finding;
                }
            }
            objectives.put(objective, new ObjectiveAssessment(harm, positive, List.copyOf(ruleIds)));
        }
        return objectives;
    }

    private static Reason reason(Rule rule, Facts facts) {
        RuleDefinition definition = rule.definition();
        Map<String, JsonNode> used = new LinkedHashMap<>();
        rule.condition().facts().forEach(name -> {
            if (facts.json().containsKey(name)) {
                used.put(name, facts.json().get(name));
            }
        });
        return new Reason(definition.id(), definition.objective(), definition.effect(), definition.blocking(),
                definition.message(), definition.citation(), definition.basis(), used);
    }

    private static List<RequiredAction> requiredActions(RuleSet ruleSet, TrafficLight trafficLight,
            List<Rule> matched) {
        List<RequiredAction> actions = new ArrayList<>();
        RuleSetManifest.ClassPolicy policy = ruleSet.manifest().classes().get(trafficLight);
        policy.requiredActions().forEach(action -> actions.add(new RequiredAction(null, action)));
        matched.forEach(rule -> rule.definition().requiredActions()
                .forEach(action -> actions.add(new RequiredAction(rule.id(), action))));
        return actions;
    }

    private static List<Remedy> remedies(List<Rule> matched) {
        return matched.stream()
                .filter(rule -> rule.definition().remedy() != null)
                .map(rule -> new Remedy(rule.id(), rule.definition().remedy()))
                .toList();
    }

    private static Assessment.Ep4ReadAcross ep4(RuleSet ruleSet, TrafficLight trafficLight, Bindings bindings) {
        RuleOutcome applies = ruleSet.ep4AppliesWhen().evaluate(bindings);
        return new Assessment.Ep4ReadAcross(ruleSet.manifest().classes().get(trafficLight).ep4Category(),
                applies.undecided() ? null : applies.matched());
    }
}
