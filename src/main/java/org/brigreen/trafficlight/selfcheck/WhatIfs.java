package org.brigreen.trafficlight.selfcheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.brigreen.trafficlight.classification.AssessmentAnswer;
import org.brigreen.trafficlight.decision.DescriptorParser;
import org.brigreen.trafficlight.decision.DescriptorSchema;
import org.brigreen.trafficlight.evaluation.EvaluationAnswer;
import org.brigreen.trafficlight.evaluation.EvaluationService;
import org.brigreen.trafficlight.input.InvalidRequestException;
import org.brigreen.trafficlight.rules.Language;
import org.brigreen.trafficlight.rules.RuleSet;

/**
 * What would lift a project's class: for each remedy the rules name, the one change of a fact that rule used which
 * makes the rule no longer find what it found, with the answer the project would then get. Each is an evaluation:
 * nothing is recorded. Only facts with a choice of values are changed (a choice, yes or no, an item of a list); a
 * figure is the person's to change, and the project's identity (its sector, stage, country) is not a remedy.
 */
@ApplicationScoped
class WhatIfs {

    private static final Set<String> NOT_REMEDIES = Set.of("reference", "name", "country", "sector", "stage",
            "capacityMw");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final EvaluationService evaluations;
    private final DescriptorParser descriptors;

    WhatIfs(EvaluationService evaluations, DescriptorParser descriptors) {
        this.evaluations = evaluations;
        this.descriptors = descriptors;
    }

    /**
     * A remedy, and what trying it would give.
     *
     * @param change the change that lifts the rule's finding; null when no single change of a choice does
     * @param answer the evaluation of the changed project; null with no change
     */
    record WhatIf(String ruleId, String remedy, Change change, EvaluationAnswer answer) {
    }

    /** One fact changed: from its value (null: not stated) to another (null: taken out). */
    record Change(String fact, JsonNode from, JsonNode to, ObjectNode descriptor) {
    }

    /** A remedy of {@code answer} per rule, each with the change that lifts it where there is one. */
    List<WhatIf> of(ObjectNode descriptor, AssessmentAnswer answer, RuleSet ruleSet, Language language) {
        List<WhatIf> whatIfs = new ArrayList<>();
        Set<String> rules = new LinkedHashSet<>();
        for (AssessmentAnswer.RemedyAnswer remedy : answer.remedies()) {
            if (rules.add(remedy.ruleId())) {
                whatIfs.add(tried(descriptor, answer, remedy, ruleSet, language));
            }
        }
        return whatIfs;
    }

    private WhatIf tried(ObjectNode descriptor, AssessmentAnswer answer, AssessmentAnswer.RemedyAnswer remedy,
            RuleSet ruleSet, Language language) {
        record Tried(Change change, EvaluationAnswer answer) {
        }
        List<Tried> lifting = new ArrayList<>();
        for (Change change : changes(descriptor, factsUsedBy(remedy.ruleId(), answer))) {
            evaluate(change.descriptor(), ruleSet, language)
                    .filter(changed -> !finds(changed.assessment(), remedy.ruleId()))
                    .ifPresent(changed -> lifting.add(new Tried(change, changed)));
        }
        // The best class first; among equals, the change met first (in the order of the schema's values).
        return lifting.stream().min(Comparator.comparingInt(tried -> rank(tried.answer().assessment())))
                .map(best -> new WhatIf(remedy.ruleId(), remedy.remedy(), best.change(), best.answer()))
                .orElseGet(() -> new WhatIf(remedy.ruleId(), remedy.remedy(), null, null));
    }

    private static Set<String> factsUsedBy(String ruleId, AssessmentAnswer answer) {
        Set<String> facts = new LinkedHashSet<>();
        answer.reasons().stream().filter(reason -> reason.ruleId().equals(ruleId) && reason.facts() != null)
                .forEach(reason -> facts.addAll(reason.facts().keySet()));
        return facts;
    }

    private static List<Change> changes(ObjectNode descriptor, Set<String> facts) {
        List<Change> changes = new ArrayList<>();
        for (String name : facts) {
            DescriptorSchema.Fact fact = DescriptorSchema.PROJECT.facts().get(name);
            if (fact == null || NOT_REMEDIES.contains(name)) {
                continue;
            }
            JsonNode current = descriptor.at("/" + name.replace('.', '/'));
            JsonNode from = current.isMissingNode() || current.isNull() ? null : current;
            for (JsonNode to : alternatives(fact, from)) {
                changes.add(new Change(name, from, to, SelfCheckForm.with(descriptor, name, to)));
            }
        }
        return changes;
    }

    private static List<JsonNode> alternatives(DescriptorSchema.Fact fact, JsonNode from) {
        List<JsonNode> alternatives = new ArrayList<>();
        switch (fact.type()) {
            case BOOLEAN -> List.of(BooleanNode.TRUE, BooleanNode.FALSE).stream()
                    .filter(value -> !value.equals(from)).forEach(alternatives::add);
            case STRING -> fact.allowedValues().stream().filter(value -> from == null || !value.equals(from.asText()))
                    .forEach(value -> alternatives.add(JSON.textNode(value)));
            case LIST -> alternatives.addAll(listChanges(fact, from));
            default -> {
                // A figure or a date: the person's to change.
            }
        }
        return alternatives;
    }

    /** The list with one allowed value added, or one of its values taken out. */
    private static List<JsonNode> listChanges(DescriptorSchema.Fact fact, JsonNode from) {
        List<String> current = new ArrayList<>();
        if (from != null) {
            from.forEach(value -> current.add(value.asText()));
        }
        List<JsonNode> changes = new ArrayList<>();
        for (String value : fact.allowedValues()) {
            List<String> changed = new ArrayList<>(current);
            if (!changed.remove(value)) {
                changed.add(value);
            }
            ArrayNode list = JSON.arrayNode();
            changed.forEach(list::add);
            changes.add(list);
        }
        return changes;
    }

    private Optional<EvaluationAnswer> evaluate(ObjectNode descriptor, RuleSet ruleSet, Language language) {
        try {
            return Optional.of(evaluations.evaluate(descriptors.parse(descriptor.deepCopy()), ruleSet, language));
        } catch (InvalidRequestException e) {
            // A change the rule set refuses (its facts would contradict one another) is no remedy.
            return Optional.empty();
        }
    }

    private static boolean finds(AssessmentAnswer answer, String ruleId) {
        return answer.reasons().stream().anyMatch(reason -> reason.ruleId().equals(ruleId));
    }

    /** Green first, then amber, then red; an excluded project last of all. */
    private static int rank(AssessmentAnswer answer) {
        return (answer.excluded() ? 3 : 0) + switch (answer.trafficLight()) {
            case GREEN -> 0;
            case AMBER -> 1;
            case RED -> 2;
        };
    }
}
