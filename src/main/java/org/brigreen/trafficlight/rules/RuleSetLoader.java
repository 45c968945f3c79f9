package org.brigreen.trafficlight.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads rule-set versions from {@code <root>/<ruleset-id>/<version>/*.yaml}: the version's {@code ruleset.yaml} and its
 * rule files. Every condition is compiled and every example run; anything wrong stops the load with the file, the
 * rule id and the reason, all problems at once.
 * <p>
 * A version is loaded in steps, each a class of its own: its files are read ({@link RuleSetFiles}), what they say is
 * checked ({@link RuleSetChecks}), its conditions are compiled ({@link ConditionCompiler}), it is hashed
 * ({@link RuleSetDigest}), and its rules' examples are run ({@link ExampleRuns}).
 */
public final class RuleSetLoader {

    public static final String MANIFEST = "ruleset.yaml";

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
        LoadProblems problems = new LoadProblems();
        Optional<RuleSet> ruleSet = load(versionFolder, problems);
        return new VersionRead(problems.isEmpty() ? ruleSet : Optional.empty(), problems.list());
    }

    /** One version, or nothing when a step finds it wrong; each rule is checked and then compiled. */
    private Optional<RuleSet> load(Path folder, LoadProblems problems) {
        RuleSetFiles files = new RuleSetFiles(folder, problems);
        Optional<RuleSetManifest> manifest = files.manifest();
        if (manifest.isEmpty()) {
            return Optional.empty();
        }
        RuleSetChecks checks = new RuleSetChecks(folder, manifest.get(), problems);
        if (!checks.manifest(files.manifestFile().toString())) {
            return Optional.empty();
        }
        RuleSetChecks.Parameters parameters = checks.parameters(files.manifestFile());
        ConditionCompiler compiler = new ConditionCompiler(descriptorFacts.schema(), parameters.types());
        Condition ep4 = compile(compiler, manifest.get().ep4().appliesWhen(),
                files.manifestFile() + ": ep4.appliesWhen", problems);
        List<Rule> rules = new ArrayList<>();
        for (Path file : files.ruleFiles()) {
            for (RuleDefinition definition : files.ruleFile(file).map(RuleFile::rules).orElse(List.of())) {
                String where = file + ": rule " + definition.id();
                checks.rule(where, definition);
                Condition condition = compile(compiler, definition.when(), where + ": when", problems);
                if (condition != null) {
                    rules.add(new Rule(definition, file.toString(), condition));
                }
            }
        }
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        RuleSet ruleSet = new RuleSet(manifest.get(), RuleSetDigest.of(files.files()), rules, parameters.values(),
                ep4);
        runExamples(ruleSet, problems);
        return Optional.of(ruleSet);
    }

    private static Condition compile(ConditionCompiler compiler, String expression, String where,
            LoadProblems problems) {
        try {
            return compiler.compile(expression);
        } catch (IllegalArgumentException e) {
            problems.add(where + ": " + e.getMessage());
            return null;
        }
    }

    private void runExamples(RuleSet ruleSet, LoadProblems problems) {
        for (ExampleRuns.Case example : ExampleRuns.of(ruleSet)) {
            String failure = example.failure(descriptorFacts);
            if (failure != null) {
                problems.add(example.rule().file() + ": rule " + example.rule().id() + ": " + failure);
            }
        }
    }

    private static List<Path> folders(Path parent) {
        try (Stream<Path> children = Files.list(parent)) {
            return children.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
