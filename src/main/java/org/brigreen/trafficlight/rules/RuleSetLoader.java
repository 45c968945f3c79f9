package org.brigreen.trafficlight.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads rule-set versions from {@code <root>/<ruleset-id>/<version>/*.yaml}: the version's {@code ruleset.yaml} and its
 * rule files. Every condition is compiled and every example run; anything wrong stops the load with the file, the
 * rule id and the reason, all problems at once.
 */
public final class RuleSetLoader {

    public static final String MANIFEST = "ruleset.yaml";

    private static final Pattern RULE_ID = Pattern.compile("[a-z0-9][a-z0-9.-]*");
    private static final Pattern PARAMETER_NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9]*");
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();

    private final DescriptorFacts descriptorFacts;

    public RuleSetLoader(DescriptorFacts descriptorFacts) {
        this.descriptorFacts = descriptorFacts;
    }

    /** Every version under {@code root}, in id and version order. */
    public List<RuleSet> loadAll(Path root) {
        if (!Files.isDirectory(root)) {
            throw new RuleSetLoadException(List.of(root + ": no such rules folder"));
        }
        List<Path> versionFolders = folders(root).stream().flatMap(idFolder -> folders(idFolder).stream()).toList();
        // Versions are independent: read side by side, so that a start takes about the time of the largest.
        List<VersionRead> reads = versionFolders.parallelStream().map(this::read).toList();
        List<String> problems = reads.stream().flatMap(read -> read.problems().stream()).toList();
        List<RuleSet> ruleSets = reads.stream().flatMap(read -> read.ruleSet().stream()).toList();
        if (ruleSets.isEmpty() && problems.isEmpty()) {
            problems = List.of(root + ": no rule-set versions (expected <ruleset-id>/<version>/" + MANIFEST + ")");
        }
        if (!problems.isEmpty()) {
            throw new RuleSetLoadException(problems);
        }
        return ruleSets;
    }

    /** One version folder, read: its rule set, or what is wrong with it. */
    private record VersionRead(Optional<RuleSet> ruleSet, List<String> problems) {
    }

    private VersionRead read(Path versionFolder) {
        List<String> problems = new ArrayList<>();
        Optional<RuleSet> ruleSet = new VersionReader(versionFolder, problems).read();
        return new VersionRead(ruleSet, problems);
    }

    private static List<Path> folders(Path parent) {
        try (Stream<Path> children = Files.list(parent)) {
            return children.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads one version folder, adding what is wrong with it to the shared list of problems. */
    private final class VersionReader {
        private final Path folder;
        private final List<String> problems;
        private final int problemsBefore;

        VersionReader(Path folder, List<String> problems) {
            this.folder = folder;
            this.problems = problems;
            this.problemsBefore = problems.size();
        }

        Optional<RuleSet> read() {
            List<Path> files = yamlFiles();
            Path manifestFile = folder.resolve(MANIFEST);
            if (!files.contains(manifestFile)) {
                problems.add(manifestFile + ": missing");
                return Optional.empty();
            }
            RuleSetManifest manifest = parse(manifestFile, RuleSetManifest.class);
            if (manifest == null || !checkManifest(manifestFile.toString(), manifest)) {
                return Optional.empty();
            }
            Map<String, FactType> parameterTypes = new LinkedHashMap<>();
            Map<String, Object> parameterValues = new LinkedHashMap<>();
            readParameters(manifestFile, manifest, parameterTypes, parameterValues);
            ConditionCompiler compiler = new ConditionCompiler(descriptorFacts.schema(), parameterTypes);
            Condition ep4 = compile(compiler, manifest.ep4().appliesWhen(), manifestFile + ": ep4.appliesWhen");
            List<Rule> rules = readRules(files, manifestFile, manifest, compiler);
            if (problems.size() > problemsBefore) {
                return Optional.empty();
            }
            RuleSet ruleSet = new RuleSet(manifest, digest(files), rules, parameterValues, ep4);
            for (RuleExamples.Case example : RuleExamples.of(ruleSet)) {
                String failure = example.failure(descriptorFacts);
                if (failure != null) {
                    problems.add(example.rule().file() + ": rule " + example.rule().id() + ": " + failure);
                }
            }
            return problems.size() > problemsBefore ? Optional.empty() : Optional.of(ruleSet);
        }

        private List<Path> yamlFiles() {
            try (Stream<Path> children = Files.list(folder)) {
                return children.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".yaml"))
                        .sorted()
                        .toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private <T> T parse(Path file, Class<T> type) {
            try {
                T value = YAML.readValue(file.toFile(), type);
                if (value == null) {
                    problems.add(file + ": empty file");
                }
                return value;
            } catch (JsonProcessingException e) {
                String where = e.getLocation() == null ? ""
                        : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
                problems.add(file + ": " + e.getOriginalMessage() + where);
            } catch (IOException e) {
                problems.add(file + ": cannot be read: " + e.getMessage());
            }
            return null;
        }

        private boolean checkManifest(String file, RuleSetManifest manifest) {
            int before = problems.size();
            expect(folder.getParent().getFileName().toString().equals(manifest.id()), file,
                    "id '" + manifest.id() + "' is not the folder name '" + folder.getParent().getFileName() + "'");
            expect(folder.getFileName().toString().equals(manifest.version()), file,
                    "version '" + manifest.version() + "' is not the folder name '" + folder.getFileName() + "'");
            expect(RuleSetManifest.PUBLISHED.equals(manifest.status()) || RuleSetManifest.DRAFT.equals(manifest.status()),
                    file, "status must be published or draft, not '" + manifest.status() + "'");
            expect(manifest.effectiveFrom() != null, file, "effectiveFrom is missing");
            checkText(file, "title", manifest.title(), true);
            expect(!manifest.sources().isEmpty(), file, "sources are missing");
            for (TrafficLight trafficLight : TrafficLight.values()) {
                RuleSetManifest.ClassPolicy policy = manifest.classes().get(trafficLight);
                String where = "classes." + trafficLight.name().toLowerCase(Locale.ROOT);
                if (policy == null) {
                    problems.add(file + ": " + where + " is missing");
                    continue;
                }
                expect(policy.ep4Category() != null, file, where + ".ep4Category is missing");
                policy.requiredActions().forEach(text -> checkText(file, where + ".requiredActions", text, true));
                checkCitation(file, where, policy.citation(), manifest);
            }
            expect(manifest.ep4() != null, file, "ep4.appliesWhen is missing");
            return problems.size() == before;
        }

        private void readParameters(Path file, RuleSetManifest manifest, Map<String, FactType> types,
                Map<String, Object> values) {
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
                checkText(file + ": parameter " + name, "description", parameter.description(), false);
                checkText(file + ": parameter " + name, "basis", parameter.basis(), false);
            });
        }

        private List<Rule> readRules(List<Path> files, Path manifestFile, RuleSetManifest manifest,
                ConditionCompiler compiler) {
            List<Rule> rules = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (Path file : files) {
                if (file.equals(manifestFile)) {
                    continue;
                }
                RuleFile ruleFile = parse(file, RuleFile.class);
                if (ruleFile == null) {
                    continue;
                }
                for (RuleDefinition definition : ruleFile.rules()) {
                    String where = file + ": rule " + definition.id();
                    if (definition.id() == null || !RULE_ID.matcher(definition.id()).matches()) {
                        problems.add(where + ": ids are lower case letters, digits, '.' and '-'");
                    } else if (!ids.add(definition.id())) {
                        problems.add(where + ": the id is used twice in this version");
                    }
                    checkRule(where, definition, manifest);
                    Condition condition = compile(compiler, definition.when(), where + ": when");
                    if (condition != null) {
                        rules.add(new Rule(definition, file.toString(), condition));
                    }
                }
            }
            return rules;
        }

        private void checkRule(String at, RuleDefinition rule, RuleSetManifest manifest) {
            expect(rule.objective() != null, at, "objective is missing; allowed: climate, pollution, biodiversity, "
                    + "compliance");
            Effect effect = rule.effect();
            expect(effect.finding() == null || rule.objective() == null || rule.objective().isEnvironmental(), at,
                    "a finding needs an environmental objective (climate, pollution or biodiversity)");
            expect(!effect.changesNothing() || !rule.requiredActions().isEmpty() || rule.remedy() != null, at,
                    "the rule has no effect, no required action and no remedy");
            checkText(at, "message", rule.message(), true);
            checkText(at, "basis", rule.basis(), false);
            checkText(at, "remedy", rule.remedy(), false);
            rule.requiredActions().forEach(text -> checkText(at, "requiredActions", text, true));
            checkCitation(at, "citation", rule.citation(), manifest);
            for (int i = 0; i < rule.examples().size(); i++) {
                RuleExample example = rule.examples().get(i);
                expect(example.descriptor() != null && example.descriptor().isObject(), at,
                        "example " + (i + 1) + ": descriptor must be an object");
                expect((example.fires() == null) != (example.missing() == null || example.missing().isEmpty()), at,
                        "example " + (i + 1) + ": give exactly one of fires and missing");
            }
        }

        private void checkCitation(String at, String field, Citation citation, RuleSetManifest manifest) {
            if (citation == null || citation.source() == null || citation.clause() == null) {
                problems.add(at + ": " + field + " needs a source and a clause");
            } else if (!manifest.sources().containsKey(citation.source())) {
                problems.add(at + ": " + field + ".source '" + citation.source() + "' is not among the sources of "
                        + MANIFEST + ": " + manifest.sources().keySet().stream().sorted().toList());
            }
        }

        private void checkText(String at, String field, LocalizedText text, boolean required) {
            if (text == null) {
                expect(!required, at, field + " is missing");
                return;
            }
            expect(text.en() != null && !text.en().isBlank(), at, field + ".en is missing");
            expect(text.zh() != null && !text.zh().isBlank(), at, field + ".zh is missing");
        }

        private Condition compile(ConditionCompiler compiler, String expression, String where) {
            try {
                return compiler.compile(expression);
            } catch (IllegalArgumentException e) {
                problems.add(where + ": " + e.getMessage());
                return null;
            }
        }

        private void expect(boolean holds, String at, String problem) {
            if (!holds) {
                problems.add(at + ": " + problem);
            }
        }
    }

    /** SHA-256 over each file in name order: its name, a NUL byte, its bytes, a NUL byte. */
    static String digest(List<Path> files) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            for (Path file : files) {
                sha256.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                sha256.update((byte) 0);
                sha256.update(Files.readAllBytes(file));
                sha256.update((byte) 0);
            }
            return "sha256:" + HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
