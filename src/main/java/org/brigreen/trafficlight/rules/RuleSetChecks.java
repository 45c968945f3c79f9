package org.brigreen.trafficlight.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * Checks what the files of one version say, before anything is compiled: the manifest against its folder, every
 * text in both languages, every citation against the version's sources, the parameters' names, types and values,
 * and the rules' ids, effects and examples.
 */
final class RuleSetChecks {

    private static final Pattern RULE_ID = Pattern.compile("[a-z0-9][a-z0-9.-]*");
    private static final Pattern PARAMETER_NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9]*");

    /**
     * The parameters of a version: each one's type, its CEL value by its name in conditions, and its value as written
     * (for the texts that quote it) by its name.
     */
    record Parameters(Map<String, FactType> types, Map<String, Object> values, Map<String, JsonNode> written) {
    }

    private final Path folder;
    private final RuleSetManifest manifest;
    private final String manifestText;
    private final FactSchema factTypes;
    private final LoadProblems problems;
    private final Set<String> ruleIds = new HashSet<>();

    /**
     * @param manifestText the manifest as written, for what is checked in its lines
     * @param factTypes    the facts of the descriptor, which declarations name
     */
    RuleSetChecks(Path folder, RuleSetManifest manifest, String manifestText, FactSchema factTypes,
            LoadProblems problems) {
        this.folder = folder;
        this.manifest = manifest;
        this.manifestText = manifestText;
        this.factTypes = factTypes;
        this.problems = problems;
    }

    /** Whether the manifest holds what the rest of the version relies on. */
    boolean manifest(String file) {
        int before = problems.count();
        problems.expect(folder.getParent().getFileName().toString().equals(manifest.id()), file,
                "id '" + manifest.id() + "' is not the folder name '" + folder.getParent().getFileName() + "'");
        problems.expect(folder.getFileName().toString().equals(manifest.version()), file,
                "version '" + manifest.version() + "' is not the folder name '" + folder.getFileName() + "'");
        problems.expect(RuleSetManifest.PUBLISHED.equals(manifest.status())
                || RuleSetManifest.DRAFT.equals(manifest.status()),
                file, "status must be published or draft, not '" + manifest.status() + "'");
        problems.expect(manifest.effectiveFrom() != null, file, "effectiveFrom is missing");
        text(file, "title", manifest.title(), true);
        problems.expect(!manifest.sources().isEmpty(), file, "sources are missing");
        for (TrafficLight trafficLight : TrafficLight.values()) {
            RuleSetManifest.ClassPolicy policy = manifest.classes().get(trafficLight);
            String where = "classes." + trafficLight.name().toLowerCase(Locale.ROOT);
            if (policy == null) {
                problems.add(file + ": " + where + " is missing");
                continue;
            }
            problems.expect(policy.ep4Category() != null, file, where + ".ep4Category is missing");
            policy.requiredActions().forEach(text -> text(file, where + ".requiredActions", text, true));
            citation(file, where, policy.citation());
        }
        problems.expect(manifest.ep4() != null, file, "ep4.appliesWhen is missing");
        problems.expect(!RuleSetManifest.DRAFT.equals(manifest.status())
                || RuleSetDigest.DRAFT_STATUS.matcher(manifestText).results().count() == 1, file,
                "a draft says so in one line, 'status: draft', the one line publishing changes");
        declarations(file);
        return problems.count() == before;
    }

    /** The implied facts, contradictions and Equator Principles categories the manifest declares. */
    private void declarations(String file) {
        for (ImpliedFactDefinition implied : manifest.impliedFacts()) {
            String where = file + ": impliedFacts " + implied.fact();
            problems.expect(factTypes.typeOf(implied.fact()) != null, where, "no such fact");
            problems.expect(implied.value() != null, where, "value is missing");
            text(where, "because", implied.because(), true);
            if (implied.citation() != null) {
                citation(where, "citation", implied.citation());
            }
        }
        for (ContradictionDefinition contradiction : manifest.contradictions()) {
            String where = file + ": contradictions " + contradiction.fields();
            problems.expect(contradiction.fields().size() >= 2, where, "a contradiction names two fields or more");
            contradiction.fields().forEach(field -> problems.expect(factTypes.contains(field), where,
                    "no such fact: " + field));
            text(where, "message", contradiction.message(), true);
        }
        List<Ep4CategoryDefinition> categories = manifest.ep4() == null ? List.of() : manifest.ep4().categories();
        for (Ep4CategoryDefinition category : categories) {
            String where = file + ": ep4.categories " + category.category();
            problems.expect(category.category() != null, where, "category is missing");
            text(where, "because", category.because(), true);
        }
        problems.expect(categories.isEmpty() || "true".equals(categories.get(categories.size() - 1).when()), file,
                "the last of ep4.categories applies when nothing before it does: its when is 'true'");
    }

    /**
     * The parameters whose name, type and value are valid; a parameter whose value is reference data takes the values
     * of its file, read by {@code referenceValues}.
     */
    Parameters parameters(Path file, BiFunction<String, String, Optional<JsonNode>> referenceValues) {
        Map<String, FactType> types = new LinkedHashMap<>();
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, JsonNode> written = new LinkedHashMap<>();
        manifest.parameters().forEach((name, parameter) -> {
            String where = file + ": parameter " + name + ": ";
            if (!PARAMETER_NAME.matcher(name).matches()) {
                problems.add(where + "names must be letters and digits, starting with a letter");
                return;
            }
            try {
                FactType type = FactType.named(parameter.type());
                if ((parameter.value() == null) == (parameter.file() == null)) {
                    throw new IllegalArgumentException("give exactly one of value and file");
                }
                Optional<JsonNode> value = parameter.file() == null ? Optional.of(parameter.value())
                        : referenceValues.apply(where + "file", parameter.file());
                if (value.isPresent()) {
                    values.put(ConditionCompiler.PARAMETER_PREFIX + name, type.celValue(value.get()));
                    written.put(name, value.get());
                    types.put(name, type);
                }
            } catch (RuntimeException e) {
                problems.add(where + e.getMessage());
            }
            text(file + ": parameter " + name, "description", parameter.description(), false);
            text(file + ": parameter " + name, "basis", parameter.basis(), false);
        });
        return new Parameters(types, values, written);
    }

    /** Checks one rule; {@code at} names its file and id. An id may be used once in a version. */
    void rule(String at, RuleDefinition rule) {
        if (rule.id() == null || !RULE_ID.matcher(rule.id()).matches()) {
            problems.add(at + ": ids are lower case letters, digits, '.' and '-'");
        } else if (!ruleIds.add(rule.id())) {
            problems.add(at + ": the id is used twice in this version");
        }
        problems.expect(rule.objective() != null, at, "objective is missing; allowed: climate, pollution, "
                + "biodiversity, compliance");
        Effect effect = rule.effect();
        problems.expect(effect.finding() == null || rule.objective() == null || rule.objective().isEnvironmental(), at,
                "a finding needs an environmental objective (climate, pollution or biodiversity)");
        problems.expect(!effect.changesNothing() || !rule.requiredActions().isEmpty() || rule.remedy() != null, at,
                "the rule has no effect, no required action and no remedy");
        problems.expect(rule.classes() == null || effect.changesNothing(), at,
                "a rule limited to some classes can only add actions: it cannot change the class it depends on");
        problems.expect(rule.whenFactsMissing() == null || RuleDefinition.CONFIRM.equals(rule.whenFactsMissing())
                || RuleDefinition.CAP.equals(rule.whenFactsMissing()), at,
                "whenFactsMissing must be confirm or cap, not '" + rule.whenFactsMissing() + "'");
        problems.expect(!effect.uplift() || !manifest.decision().upliftLowersItsObjective()
                || (rule.objective() != null && rule.objective().isEnvironmental()), at,
                "an uplift lowers the finding of its own objective: climate, pollution or biodiversity");
        text(at, "message", rule.message(), true);
        text(at, "basis", rule.basis(), false);
        text(at, "remedy", rule.remedy() == null ? null : rule.remedy().text(), false);
        rule.requiredActions().forEach(action -> text(at, "requiredActions", action.text(), true));
        citation(at, "citation", rule.citation());
        for (int i = 0; i < rule.examples().size(); i++) {
            RuleExample example = rule.examples().get(i);
            problems.expect(example.descriptor() != null && example.descriptor().isObject(), at,
                    "example " + (i + 1) + ": descriptor must be an object");
            problems.expect((example.fires() == null) != (example.missing() == null || example.missing().isEmpty()),
                    at, "example " + (i + 1) + ": give exactly one of fires and missing");
        }
    }

    private void citation(String at, String field, Citation citation) {
        if (citation == null || citation.source() == null || citation.clause() == null) {
            problems.add(at + ": " + field + " needs a source and a clause");
        } else if (!manifest.sources().containsKey(citation.source())) {
            problems.add(at + ": " + field + ".source '" + citation.source() + "' is not among the sources of "
                    + RuleSetLoader.MANIFEST + ": " + manifest.sources().keySet().stream().sorted().toList());
        }
    }

    private void text(String at, String field, LocalizedText text, boolean required) {
        if (text == null) {
            problems.expect(!required, at, field + " is missing");
            return;
        }
        problems.expect(text.en() != null && !text.en().isBlank(), at, field + ".en is missing");
        problems.expect(text.zh() != null && !text.zh().isBlank(), at, field + ".zh is missing");
    }
}
