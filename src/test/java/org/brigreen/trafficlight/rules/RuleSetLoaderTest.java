package org.brigreen.trafficlight.rules;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A rule file that does not compile, cite or pass its own examples stops the load, naming file, rule and reason. */
@QuarkusTest
class RuleSetLoaderTest {

    private static final Path VERSION = Path.of("rules", "bri-traffic-light", "2022.1");

    @Inject
    DescriptorFacts descriptorFacts;

    @TempDir
    Path root;

    @Test
    void loadsTheShippedVersionsWithStableDigests() throws IOException {
        Path copy = copyVersion();
        List<RuleSet> first = new RuleSetLoader(descriptorFacts).loadAll(root);
        List<RuleSet> again = new RuleSetLoader(descriptorFacts).loadAll(root);
        assertEquals(first.get(0).digest(), again.get(0).digest());
        Files.writeString(copy.resolve("coal.yaml"), "\n# a comment changes the content\n",
                java.nio.file.StandardOpenOption.APPEND);
        assertNotEquals(first.get(0).digest(), new RuleSetLoader(descriptorFacts).loadAll(root).get(0).digest());
    }

    @Test
    void aRuleContradictingItsOwnExampleStopsTheLoadNamingTheRule() throws IOException {
        Path copy = copyVersion();
        replace(copy.resolve("coal.yaml"), "stage in ['planned', 'financed_not_started']", "stage in ['planned']");
        RuleSetLoadException failure = assertThrows(RuleSetLoadException.class, () -> load());
        assertThat(failure.problems(), hasItem(allOf(
                containsString("2022.1/coal.yaml"),
                containsString("rule coal.new-power"),
                containsString("example 2 'captive coal units in an industrial park'"),
                containsString("expected fires, got needs [coal.constructionStart]"))));
    }

    @Test
    void aConditionOnAnUndeclaredFactStopsTheLoad() throws IOException {
        Path copy = copyVersion();
        replace(copy.resolve("site.yaml"), "when: site.indigenousPeoples", "when: site.indigenousPeople");
        RuleSetLoadException failure = assertThrows(RuleSetLoadException.class, () -> load());
        assertThat(failure.getMessage(), allOf(
                containsString("site.yaml: rule site.indigenous-peoples: when:"),
                containsString("undeclared reference")));
    }

    @Test
    void aConditionThatIsNotBooleanStopsTheLoad() throws IOException {
        Path copy = copyVersion();
        replace(copy.resolve("exclusion.yaml"), "when: size(excludedActivities) > 0", "when: size(excludedActivities)");
        assertThat(assertThrows(RuleSetLoadException.class, () -> load()).getMessage(),
                containsString("rule exclusion.listed-activity: when: the condition is of type int, not bool"));
    }

    @Test
    void aCitationOfAnUnlistedSourceOrAMissingTranslationStopsTheLoad() throws IOException {
        Path copy = copyVersion();
        replace(copy.resolve("exclusion.yaml"), "source: IFC-EXCLUSION", "source: IFC-2099");
        replace(copy.resolve("exclusion.yaml"), "zh: 项目涉及负面清单所列活动。", "zh: \"\"");
        List<String> problems = assertThrows(RuleSetLoadException.class, () -> load()).problems();
        assertThat(problems, hasItem(containsString("exclusion.listed-activity: citation.source 'IFC-2099'")));
        assertThat(problems, hasItem(containsString("exclusion.listed-activity: message.zh is missing")));
    }

    @Test
    void aVersionWhoseManifestDisagreesWithItsFolderStopsTheLoad() throws IOException {
        Path copy = copyVersion();
        replace(copy.resolve("ruleset.yaml"), "version: \"2022.1\"", "version: \"2022.2\"");
        assertThat(assertThrows(RuleSetLoadException.class, () -> load()).getMessage(),
                containsString("ruleset.yaml: version '2022.2' is not the folder name '2022.1'"));
    }

    private List<RuleSet> load() {
        return new RuleSetLoader(descriptorFacts).loadAll(root);
    }

    private Path copyVersion() throws IOException {
        Path copy = Files.createDirectories(root.resolve("bri-traffic-light").resolve("2022.1"));
        try (Stream<Path> files = Files.list(VERSION)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        return copy;
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text, containsString(from));
        Files.writeString(file, text.replace(from, to));
    }
}
