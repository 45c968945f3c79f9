package org.brigreen.trafficlight.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        List<VersionCheck> checks = checkAll(root);
        List<String> problems = checks.stream().flatMap(check -> check.problems().stream()).toList();
        if (checks.isEmpty()) {
            problems = List.of(root + ": no rule-set versions (expected <ruleset-id>/<version>/" + MANIFEST + ")");
        }
        if (!problems.isEmpty()) {
            throw new RuleSetLoadException(problems);
        }
        return checks.stream().flatMap(check -> check.ruleSet().stream()).toList();
    }

    /**
     * Every version folder under {@code root}, in id and version order, each loaded as {@link #loadAll} would load
     * it, with what is wrong with it rather than an exception: for a report on every version at once.
     *
     * @throws RuleSetLoadException when {@code root} is not a folder
     */
    public List<VersionCheck> checkAll(Path root) {
        if (!Files.isDirectory(root)) {
            throw new RuleSetLoadException(List.of(root + ": no such rules folder"));
        }
        List<Path> versionFolders = folders(root).stream().flatMap(idFolder -> folders(idFolder).stream()).toList();
        // Versions are independent: read side by side, so that a start takes about the time of the largest.
        return versionFolders.parallelStream().map(this::read).toList();
    }

    /**
     * One version folder, checked.
     *
     * @param ruleSet        the version, once its files compiled, even where an example fails; empty before that
     * @param examples       the examples its rules carry, all run when it compiled
     * @param failedExamples those of them that do not hold
     * @param problems       everything wrong with it, failed examples included, each naming its file, the rule where
     *                       there is one, and the reason; none when it loads
     */
    public record VersionCheck(Path folder, Optional<RuleSet> ruleSet, int examples, int failedExamples,
            List<String> problems) {

        public VersionCheck {
            problems = List.copyOf(problems);
        }

        public boolean passed() {
            return problems.isEmpty();
        }
    }

    private VersionCheck read(Path versionFolder) {
        LoadProblems problems = new LoadProblems();
        Optional<RuleSet> ruleSet = load(versionFolder, problems);
        List<String> failures = ruleSet.map(this::runExamples).orElse(List.of());
        failures.forEach(problems::add);
        int examples = ruleSet.map(compiled -> ExampleRuns.of(compiled).size()).orElse(0);
        return new VersionCheck(versionFolder, ruleSet, examples, failures.size(), problems.list());
    }

    /**
     * One version, compiled and hashed, its examples not yet run; or nothing when a step finds it wrong. Each rule is
     * checked and then compiled.
     */
    private Optional<RuleSet> load(Path folder, LoadProblems problems) {
        RuleSetFiles files = new RuleSetFiles(folder, problems);
        Optional<RuleSetManifest> read = files.manifest();
        if (read.isEmpty()) {
            return Optional.empty();
        }
        RuleSetManifest manifest = read.get();
        String manifestFile = files.manifestFile().toString();
        RuleSetChecks checks = new RuleSetChecks(folder, manifest, files.manifestText(), descriptorFacts.schema(),
                problems);
        if (!checks.manifest(manifestFile)) {
            return Optional.empty();
        }
        RuleSetChecks.Parameters parameters = checks.parameters(files.manifestFile(), files::referenceValues);
        Compilation compilation = new Compilation(new ConditionCompiler(descriptorFacts.schema(), parameters.types(),
                parameters.values()),
                new ParameterTexts(parameters), problems);
        Condition ep4 = compilation.condition(manifest.ep4().appliesWhen(), manifestFile + ": ep4.appliesWhen");
        List<Rule> rules = new ArrayList<>();
        for (Path file : files.ruleFiles()) {
            for (RuleDefinition definition : files.ruleFile(file).map(RuleFile::rules).orElse(List.of())) {
                String where = file + ": rule " + definition.id();
                checks.rule(where, definition);
                compilation.rule(definition, file.toString(), where).ifPresent(rules::add);
            }
        }
        Declarations declarations = declarations(manifest, manifestFile, compilation,
                compilation.with(new ConditionCompiler(descriptorFacts.schema(), parameters.types(),
                        parameters.values(), Map.of(RuleEngine.WORST_FINDING, FactType.STRING))));
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        RuleSet ruleSet = new RuleSet(manifest, RuleSetDigest.of(files.files(), files::relativeName,
                files.manifestFile()), rules, parameters.values(), ep4, declarations.implications(),
                declarations.contradictions(), declarations.ep4Categories());
        return Optional.of(ruleSet);
    }

    /** What a version's manifest declares beyond its parameters, compiled. */
    private record Declarations(List<RuleSet.Implication> implications, List<RuleSet.Contradiction> contradictions,
            List<RuleSet.Ep4Category> ep4Categories) {
    }

    /** @param ep4Compilation compiles the Equator Principles categories, which may read the worst finding */
    private Declarations declarations(RuleSetManifest manifest, String file, Compilation compilation,
            Compilation ep4Compilation) {
        List<RuleSet.Implication> implications = new ArrayList<>();
        for (ImpliedFactDefinition implied : manifest.impliedFacts()) {
            String where = file + ": impliedFacts " + implied.fact();
            Condition when = implied.when() == null ? null : compilation.condition(implied.when(), where + ": when");
            try {
                Object value = descriptorFacts.schema().typeOf(implied.fact()).celValue(implied.value());
                implications.add(new RuleSet.Implication(new ImpliedFactDefinition(implied.fact(), implied.value(),
                        implied.when(), compilation.text(implied.because(), where), implied.citation()), when, value));
            } catch (IllegalArgumentException e) {
                compilation.problems().add(where + ": value: " + e.getMessage());
            }
        }
        List<RuleSet.Contradiction> contradictions = new ArrayList<>();
        for (ContradictionDefinition contradiction : manifest.contradictions()) {
            String where = file + ": contradictions " + contradiction.fields();
            contradictions.add(new RuleSet.Contradiction(new ContradictionDefinition(contradiction.fields(),
                    contradiction.when(), compilation.text(contradiction.message(), where)),
                    compilation.condition(contradiction.when(), where + ": when")));
        }
        List<RuleSet.Ep4Category> categories = new ArrayList<>();
        for (Ep4CategoryDefinition category : manifest.ep4().categories()) {
            String where = file + ": ep4.categories " + category.category();
            categories.add(new RuleSet.Ep4Category(new Ep4CategoryDefinition(category.category(), category.when(),
                    compilation.text(category.because(), where)),
                    ep4Compilation.condition(category.when(), where + ": when")));
        }
        return new Declarations(implications, contradictions, categories);
    }

    /** What is wrong with each example of the version that does not hold. */
    private List<String> runExamples(RuleSet ruleSet) {
        List<String> failures = new ArrayList<>();
        for (ExampleRuns.Case example : ExampleRuns.of(ruleSet)) {
            String failure = example.failure(descriptorFacts);
            if (failure != null) {
                failures.add(example.rule().file() + ": rule " + example.rule().id() + ": " + failure);
            }
        }
        return failures;
    }

    private static List<Path> folders(Path parent) {
        try (Stream<Path> children = Files.list(parent)) {
            return children.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
