package org.brigreen.trafficlight.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code traffic-light rules test} and {@code rules diff} on real rule files, without the service. */
class RulesCommandTest {

    @TempDir
    Path folder;

    @Test
    void theShippedRulesPassEveryVersionNamedWithItsRulesAndExamples() {
        Cli.Outcome outcome = Cli.run("rules", "test");
        assertEquals(0, outcome.exitCode(), outcome.toString());
        assertThat(outcome.out(), containsString("PASS bri-traffic-light 2022.1 (published, "
                + "sha256:f7769119892ad180f3102194fd967f7369dcc1572491659e493bff5378422c30): 38 rules, 92 examples "
                + "passed"));
        assertThat(outcome.out(), containsString("PASS bri-traffic-light 2026.1 (published"));
        assertThat(outcome.out(), containsString("versions: "));
        assertThat(outcome.out(), not(containsString("FAIL")));
    }

    @Test
    void aBrokenExampleFailsItsVersionNamingTheFileTheRuleAndTheExample() throws IOException {
        Path rules = copyOfTheRules();
        Path coal = rules.resolve("bri-traffic-light/2022.1/coal.yaml");
        String text = Files.readString(coal);
        Files.writeString(coal, text.replace("stage in ['planned', 'financed_not_started']", "stage in ['planned']"));

        Cli.Outcome outcome = Cli.run("rules", "test", rules.toString());

        assertEquals(1, outcome.exitCode(), outcome.toString());
        assertThat(outcome.out(), containsString("FAIL bri-traffic-light 2022.1 (published"));
        assertThat(outcome.out(), containsString("38 rules, 91 of 92 examples passed, 1 failed"));
        assertThat(outcome.out(), containsString(coal + ": rule coal.new-power: example 2 'captive coal units in an "
                + "industrial park': expected fires, got needs [coal.constructionStart]"));
        assertThat(outcome.out(), containsString("PASS bri-traffic-light 2021.2"));
        assertThat(outcome.out(), containsString(" passed, 1 failed ("));
    }

    @Test
    void aRuleCitingAnUnlistedSourceIsNotLoadedAndSaysWhy() throws IOException {
        Path rules = copyOfTheRules();
        Path site = rules.resolve("bri-traffic-light/2021.2/site.yaml");
        Files.writeString(site, Files.readString(site).replaceFirst("source: IFC-PS6", "source: NOWHERE"));

        Cli.Outcome outcome = Cli.run("rules", "test", rules.toString());

        assertEquals(1, outcome.exitCode(), outcome.toString());
        assertThat(outcome.out(), containsString("FAIL " + rules.resolve("bri-traffic-light/2021.2")
                + ": not loaded"));
        assertThat(outcome.out(), containsString("citation.source 'NOWHERE' is not among the sources"));
    }

    @Test
    void aFolderWithoutRulesFails() {
        Cli.Outcome outcome = Cli.run("rules", "test", folder.resolve("none").toString());
        assertEquals(1, outcome.exitCode(), outcome.toString());
        assertThat(outcome.out(), containsString("no such rules folder"));
    }

    @Test
    void theDiffOfTwoShippedVersionsNamesTheRulesAddedAndChanged() {
        Cli.Outcome outcome = Cli.run("rules", "diff", "2021.2", "2022.1");
        assertEquals(0, outcome.exitCode(), outcome.toString());
        assertThat(outcome.out(), containsString("bri-traffic-light 2021.2 (sha256:fdcc75db"));
        assertThat(outcome.out(), containsString("Rules added (3):"));
        assertThat(outcome.out(), containsString("+ site.conflict-affected [compliance, {\"cap\":\"amber\"}]"));
        assertThat(outcome.out(), containsString("Rules removed (0)"));
        assertThat(outcome.out(), containsString("~ coal.operating: messages"));
    }

    @Test
    void theDiffNamesTheSiteLayersAVersionAdds() {
        Cli.Outcome outcome = Cli.run("rules", "diff", "2026.1", "2026.2");
        assertEquals(0, outcome.exitCode(), outcome.toString());
        assertThat(outcome.out(), containsString("Rules changed (0)"));
        assertThat(outcome.out(), containsString("+ protected-areas sample-1"));
    }

    @Test
    void aVersionThatIsNotThereIsAnErrorOfTheCommandLineNamingThoseThatAre() {
        Cli.Outcome outcome = Cli.run("rules", "diff", "2021.2", "1999.1");
        assertEquals(2, outcome.exitCode(), outcome.toString());
        assertThat(outcome.err(), containsString("there is no version '1999.1'"));
        assertThat(outcome.err(), containsString("bri-traffic-light/2026.1"));
    }

    private Path copyOfTheRules() throws IOException {
        Path source = Path.of("rules");
        Path target = folder.resolve("rules");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(source.relativize(file).toString()),
                        StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        return target;
    }
}
