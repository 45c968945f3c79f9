package org.brigreen.trafficlight.rules;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks what the files of one version say, before anything is compiled: the manifest against its folder, every
 * text in both languages, every citation against the version's sources, the parameters' names, types and values,
 * and the rules' ids, effects and examples.
 */
final class RuleSetChecks {

    private static final Pattern RULE_ID = Pattern.compile("[a-z0-9][a-z0-9.-]*");
    private static final Pattern PARAMETER_NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9]*");

    /** The parameters of a version: each one's type, and its CEL value by its name in conditions. */
    record Parameters(Map<String, FactType> types, Map<String, Object> values) {
    }

    private final Path folder;
    private final RuleSetManifest manifest;
    private final LoadProblems problems;
    private final Set<String> ruleIds = new HashSet<>();

    RuleSetChecks(Path folder, RuleSetManifest manifest, LoadProblems problems) {
        this.folder = folder;
        this.manifest = manifest;
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
        return problems.count() == before;
    }

    /** The parameters whose name, type and value are valid. */
    Parameters parameters(Path file) {
        Map<String, FactType> types = new LinkedHashMap<>();
        Map<String, Object> values = new LinkedHashMap<>();
        manifest.parameters().forEach((name, parameter) -> {
            String where = file + ": parameter " + name + ": ";
            if (!PARAMETER_NAME.matcher(name).matches()) {
                problems.add(where + "names must be letters and digits, starting with a letter");
                return;
            }
            try {
                FactType type = FactType.named(parameter.type());
                if (parameter.value() == null) {
                    throw new IllegalArgumentException("value is missing");
                }
                values.put(ConditionCompiler.PARAMETER_PREFIX + name, type.celValue(parameter.value()));
                types.put(name, type);
            } catch (RuntimeException e) {
                problems.add(where + e.getMessage());
            }
            text(file + ": parameter " + name, "description", parameter.description(), false);
            text(file + ": parameter " + name, "basis", parameter.basis(), false);
        });
        return new Parameters(types, values);
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
        text(at, "message", rule.message(), true);
        text(at, "basis", rule.basis(), false);
        text(at, "remedy", rule.remedy(), false);
        rule.requiredActions().forEach(text -> text(at, "requiredActions", text, true));
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
