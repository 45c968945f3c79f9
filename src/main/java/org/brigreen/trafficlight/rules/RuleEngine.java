package org.brigreen.trafficlight.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.brigreen.trafficlight.input.FieldError;
import org.brigreen.trafficlight.rules.Assessment.ImpliedFact;
import org.brigreen.trafficlight.rules.Assessment.MissingFact;
import org.brigreen.trafficlight.rules.Assessment.ObjectiveAssessment;
import org.brigreen.trafficlight.rules.Assessment.Reason;
import org.brigreen.trafficlight.rules.Assessment.Remedy;
import org.brigreen.trafficlight.rules.Assessment.RequiredAction;
import org.brigreen.trafficlight.rules.Assessment.UndeterminedExclusion;

/**
 * Carries out the decision order of METHODOLOGY §2 for any rule set: findings, base class, uplift, caps, floors, with
 * blocking rules and exclusion; and, where a version's files declare them, what METHODOLOGY §7 adds: implied facts,
 * refused contradictions, uplifts that lower their own objective, caps said only where they bind, facts to confirm,
 * satisfied actions, remedies only where they lift, an undetermined exclusion and the Equator Principles category
 * judged from impacts. Which rule does what is data; nothing here knows a sector or a threshold.
 */
public final class RuleEngine {

    /** The worst environmental finding after mitigation, as the Equator Principles category conditions read it. */
    public static final String WORST_FINDING = "findings.worst";
    /** What a fact needed by the Equator Principles category is listed as needed by. */
    static final String EP4_CATEGORY = "ep4.category";

    private static final List<Objective> ENVIRONMENTAL =
            List.of(Objective.CLIMATE, Objective.POLLUTION, Objective.BIODIVERSITY);

    private RuleEngine() {
    }

    /**
     * @throws ContradictoryFactsException when the facts given contradict one another under this version
     */
    public static Assessment assess(RuleSet ruleSet, Facts given) {
        List<ImpliedFact> implied = new ArrayList<>();
        Facts facts = withImplied(ruleSet, given, implied);
        Bindings bindings = Bindings.of(facts, ruleSet.parameters());
        DecisionProcedure procedure = ruleSet.procedure();
        List<Rule> matched = new ArrayList<>();
        List<Undecided> undecided = new ArrayList<>();
        for (Rule rule : ruleSet.rules()) {
            RuleOutcome outcome = rule.condition().evaluate(bindings);
            if (outcome.matched()) {
                matched.add(rule);
            } else if (outcome.undecided()) {
                undecided.add(new Undecided(rule, outcome.missingFacts()));
            }
        }
        boolean missingCanWorsen = undecided.stream().anyMatch(u -> capsWhenMissing(u.rule(), procedure));
        TrafficLight trafficLight = decide(matched, missingCanWorsen, procedure);
        boolean excluded = matched.stream().anyMatch(rule -> rule.definition().effect().excluded());
        List<Rule> applying = matched.stream().filter(rule -> appliesTo(rule, trafficLight)).toList();
        Map<Objective, ObjectiveAssessment> objectives = objectives(matched, procedure);
        Missing missing = missing(undecided, procedure, trafficLight);
        Ep4 ep4 = ep4(ruleSet, trafficLight, objectives, bindings);
        if (procedure.capsOnlyWhereTheyBind()) {
            ep4.missingFacts().stream().distinct().forEach(fact -> missing.toConfirm()
                    .computeIfAbsent(fact, k -> new ArrayList<>()).add(EP4_CATEGORY));
        }
        return new Assessment(
                trafficLight,
                excluded,
                objectives,
                applying.stream().map(rule -> reason(rule, facts)).toList(),
                missing.list(missing.needed()),
                missingCanWorsen && (!procedure.capsOnlyWhereTheyBind()
                        || decide(matched, false, procedure) != trafficLight),
                requiredActions(ruleSet, trafficLight, applying, bindings),
                remedies(matched, applying, procedure, bindings),
                ep4.readAcross(),
                ruleSet.implications().isEmpty() ? null : List.copyOf(implied),
                procedure.capsOnlyWhereTheyBind() ? missing.toConfirmList() : null,
                excluded || !procedure.undeterminedExclusionReported() ? null : undeterminedExclusion(undecided));
    }

    /** A rule whose outcome depends on facts the descriptor lacks. */
    private record Undecided(Rule rule, List<String> missingFacts) {
    }

    /**
     * The facts as given and those implied, once the facts as given are found not to contradict one another.
     *
     * @param implied where the facts implied are listed, with why
     */
    private static Facts withImplied(RuleSet ruleSet, Facts given, List<ImpliedFact> implied) {
        if (ruleSet.contradictions().isEmpty() && ruleSet.implications().isEmpty()) {
            return given;
        }
        Bindings asGiven = Bindings.of(given, ruleSet.parameters());
        refuseContradictions(ruleSet, asGiven);
        return implied(ruleSet, given, asGiven, implied);
    }

    private static void refuseContradictions(RuleSet ruleSet, Bindings bindings) {
        List<FieldError> errors = new ArrayList<>();
        for (RuleSet.Contradiction contradiction : ruleSet.contradictions()) {
            if (contradiction.when().evaluate(bindings).matched()) {
                String reason = contradiction.definition().message().en();
                contradiction.definition().fields()
                        .forEach(field -> errors.add(new FieldError("/" + field.replace('.', '/'), reason)));
            }
        }
        if (!errors.isEmpty()) {
            throw new ContradictoryFactsException("The project descriptor's facts contradict one another.", errors);
        }
    }

    /**
     * The facts as given, and those the version implies where they are absent, each from the facts as given: the first
     * implication of a fact that holds gives its value.
     */
    private static Facts implied(RuleSet ruleSet, Facts given, Bindings asGiven, List<ImpliedFact> implied) {
        Map<String, RuleSet.Implication> applying = new LinkedHashMap<>();
        for (RuleSet.Implication implication : ruleSet.implications()) {
            ImpliedFactDefinition definition = implication.definition();
            if (applying.containsKey(definition.fact()) || !given.absent().contains(definition.fact())) {
                continue;
            }
            Condition when = implication.when();
            if (when == null || when.evaluate(asGiven).matched()) {
                applying.put(definition.fact(), implication);
                List<String> from = when == null ? List.of()
                        : when.facts().stream().filter(given.json()::containsKey).toList();
                implied.add(new ImpliedFact(definition.fact(), definition.value(), from, definition.because(),
                        definition.citation()));
            }
        }
        return applying.isEmpty() ? given : given.with(applying.values());
    }

    private static boolean capsWhenMissing(Rule rule, DecisionProcedure procedure) {
        return rule.definition().effect().canWorsen()
                && !(procedure.capsOnlyWhereTheyBind() && rule.definition().missingFactsOnlyToConfirm());
    }

    /** Whether a rule that matched counts for a project of this class: rules limited to some classes add actions. */
    private static boolean appliesTo(Rule rule, TrafficLight trafficLight) {
        List<TrafficLight> classes = rule.definition().classes();
        return classes == null || classes.contains(trafficLight);
    }

    private static TrafficLight decide(List<Rule> matched, boolean missingCanWorsen, DecisionProcedure procedure) {
        boolean blocked = matched.stream().anyMatch(rule -> rule.definition().blocking());
        TrafficLight trafficLight;
        if (procedure.upliftLowersItsObjective()) {
            trafficLight = classOf(objectives(matched, procedure));
        } else {
            trafficLight = classOf(objectives(matched, DecisionProcedure.AS_FIRST_PUBLISHED));
            if (!blocked && matched.stream().anyMatch(rule -> rule.definition().effect().uplift())) {
                trafficLight = trafficLight.oneStepBetter();
            }
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

    /** The base class of METHODOLOGY §2 from the objectives' findings. */
    private static TrafficLight classOf(Map<Objective, ObjectiveAssessment> objectives) {
        boolean moderate = false;
        boolean positive = false;
        for (ObjectiveAssessment objective : objectives.values()) {
            if (objective.harm() == Level.SIGNIFICANT) {
                return TrafficLight.RED;
            }
            moderate |= objective.harm() == Level.MODERATE;
            positive |= objective.positive();
        }
        return moderate || !positive ? TrafficLight.AMBER : TrafficLight.GREEN;
    }

    /**
     * Each objective's worst harm and whether it has a positive finding; where uplifts lower their objective and no
     * blocking rule matched, a mitigation lowers the harm of its objective one level.
     */
    private static Map<Objective, ObjectiveAssessment> objectives(List<Rule> matched, DecisionProcedure procedure) {
        boolean lowering = procedure.upliftLowersItsObjective()
                && matched.stream().noneMatch(rule -> rule.definition().blocking());
        Map<Objective, ObjectiveAssessment> objectives = new EnumMap<>(Objective.class);
        for (Objective objective : ENVIRONMENTAL) {
            Level harm = null;
            boolean positive = false;
            List<String> ruleIds = new ArrayList<>();
            List<String> mitigations = new ArrayList<>();
            for (Rule rule : matched) {
                if (rule.definition().objective() != objective) {
                    continue;
                }
                Level finding = rule.definition().effect().finding();
                if (finding == Level.POSITIVE) {
                    positive = true;
                } else if (finding != null && (harm == null || finding.ordinal() < harm.ordinal())) {
                    harm = finding;
                }
                if (finding != null) {
                    ruleIds.add(rule.id());
                } else if (lowering && rule.definition().effect().uplift()) {
                    mitigations.add(rule.id());
                }
            }
            List<String> loweredBy = null;
            if (harm != null && harm != Level.LOW && !mitigations.isEmpty()) {
                harm = Level.values()[harm.ordinal() + 1];
                loweredBy = List.copyOf(mitigations);
            }
            objectives.put(objective, new ObjectiveAssessment(harm, positive, List.copyOf(ruleIds), loweredBy));
        }
        return objectives;
    }

    /** Missing facts by name, each with the rules that need it: those that can change the class, and the rest. */
    private record Missing(Map<String, List<String>> needed, Map<String, List<String>> toConfirm) {

        List<MissingFact> list(Map<String, List<String>> facts) {
            return facts.entrySet().stream().map(e -> new MissingFact(e.getKey(), List.copyOf(e.getValue()))).toList();
        }

        /** The facts to confirm but those already listed as missing. */
        List<MissingFact> toConfirmList() {
            Map<String, List<String>> only = new TreeMap<>(toConfirm);
            only.keySet().removeAll(needed.keySet());
            return list(only);
        }
    }

    private static Missing missing(List<Undecided> undecided, DecisionProcedure procedure, TrafficLight trafficLight) {
        Missing missing = new Missing(new TreeMap<>(), new TreeMap<>());
        for (Undecided u : undecided) {
            RuleDefinition definition = u.rule().definition();
            Map<String, List<String>> list = missing.needed();
            if (procedure.capsOnlyWhereTheyBind()) {
                if (!appliesTo(u.rule(), trafficLight)) {
                    continue;
                }
                boolean toConfirm = definition.effect().changesNothing() || definition.missingFactsOnlyToConfirm();
                list = toConfirm ? missing.toConfirm() : missing.needed();
            }
            for (String fact : u.missingFacts()) {
                list.computeIfAbsent(fact, k -> new ArrayList<>()).add(definition.id());
            }
        }
        return missing;
    }

    private static UndeterminedExclusion undeterminedExclusion(List<Undecided> undecided) {
        TreeSet<String> facts = new TreeSet<>();
        List<String> ruleIds = new ArrayList<>();
        for (Undecided u : undecided) {
            if (u.rule().definition().effect().excluded()) {
                facts.addAll(u.missingFacts());
                ruleIds.add(u.rule().id());
            }
        }
        return ruleIds.isEmpty() ? null : new UndeterminedExclusion(List.copyOf(facts), List.copyOf(ruleIds));
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
            List<Rule> applying, Bindings bindings) {
        List<RequiredAction> actions = new ArrayList<>();
        RuleSetManifest.ClassPolicy policy = ruleSet.manifest().classes().get(trafficLight);
        policy.requiredActions().forEach(action -> actions.add(new RequiredAction(null, action, null)));
        for (Rule rule : applying) {
            List<ActionDefinition> definitions = rule.definition().requiredActions();
            for (int i = 0; i < definitions.size(); i++) {
                boolean satisfied = isSatisfied(rule.actionsSatisfiedWhen().get(i), bindings);
                actions.add(new RequiredAction(rule.id(), definitions.get(i).text(), satisfied ? true : null));
            }
        }
        return actions;
    }

    private static boolean isSatisfied(Condition satisfiedWhen, Bindings bindings) {
        return satisfiedWhen != null && satisfiedWhen.evaluate(bindings).matched();
    }

    /**
     * The remedies of the rules that matched, but none already satisfied and, where the version says so, only those
     * whose rule holds the class down: without it, and with missing facts at their most favourable, it would be
     * better.
     */
    private static List<Remedy> remedies(List<Rule> matched, List<Rule> applying, DecisionProcedure procedure,
            Bindings bindings) {
        TrafficLight uncapped = procedure.remediesOnlyWhereTheyLift() ? decide(matched, false, procedure) : null;
        List<Remedy> remedies = new ArrayList<>();
        for (Rule rule : applying) {
            ActionDefinition remedy = rule.definition().remedy();
            if (remedy == null || isSatisfied(rule.remedySatisfiedWhen(), bindings)) {
                continue;
            }
            if (uncapped != null) {
                List<Rule> without = new ArrayList<>(matched);
                without.remove(rule);
                if (decide(without, false, procedure).ordinal() <= uncapped.ordinal()) {
                    continue;
                }
            }
            remedies.add(new Remedy(rule.id(), remedy.text()));
        }
        return remedies;
    }

    /** The Equator Principles read-across, and the facts its category needed but the descriptor lacks. */
    private record Ep4(Assessment.Ep4ReadAcross readAcross, List<String> missingFacts) {
    }

    private static Ep4 ep4(RuleSet ruleSet, TrafficLight trafficLight, Map<Objective, ObjectiveAssessment> objectives,
            Bindings bindings) {
        RuleOutcome applies = ruleSet.ep4AppliesWhen().evaluate(bindings);
        Boolean inScope = applies.undecided() ? null : applies.matched();
        if (ruleSet.ep4Categories().isEmpty()) {
            return new Ep4(new Assessment.Ep4ReadAcross(ruleSet.manifest().classes().get(trafficLight).ep4Category(),
                    inScope, null), List.of());
        }
        Bindings withFindings = bindings.with(WORST_FINDING, worstFinding(objectives));
        List<String> missingFacts = new ArrayList<>();
        for (RuleSet.Ep4Category category : ruleSet.ep4Categories()) {
            RuleOutcome outcome = category.when().evaluate(withFindings);
            if (outcome.matched()) {
                return new Ep4(new Assessment.Ep4ReadAcross(category.definition().category(), inScope,
                        category.definition().because()), missingFacts);
            }
            missingFacts.addAll(outcome.missingFacts());
        }
        throw new IllegalStateException("the last Equator Principles category of " + ruleSet.ref()
                + " did not match; the loader makes it 'true'");
    }

    private static String worstFinding(Map<Objective, ObjectiveAssessment> objectives) {
        Level worst = null;
        for (ObjectiveAssessment objective : objectives.values()) {
            if (objective.harm() != null && (worst == null || objective.harm().ordinal() < worst.ordinal())) {
                worst = objective.harm();
            }
        }
        return worst == null ? "none" : worst.wireName();
    }
}
