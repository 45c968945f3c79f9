package org.brigreen.trafficlight.rules;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;

/**
 * What every rule of every shipped version must carry: both languages in every text (Chinese in the zh texts,
 * none in the en ones), examples that show it firing and just missing, a basis where it borrows a threshold, and
 * thresholds by name rather than as literals.
 */
@QuarkusTest
class RuleSetContentTest {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern STRING_LITERAL = Pattern.compile("'[^']*'|\"[^\"]*\"");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.])\\d+(\\.\\d+)?");

    @Inject
    RuleSetCatalog catalog;

    @Test
    void everyTextOfEveryRuleIsInEnglishAndInChinese() {
        List<String> problems = new ArrayList<>();
        for (RuleSet ruleSet : catalog.all()) {
            String version = ruleSet.id() + "/" + ruleSet.version();
            check(problems, version + " title", ruleSet.manifest().title());
            ruleSet.manifest().parameters().forEach((name, parameter) -> {
                check(problems, version + " parameter " + name + " description", parameter.description());
                if (parameter.basis() != null) {
                    check(problems, version + " parameter " + name + " basis", parameter.basis());
                }
            });
            ruleSet.manifest().classes().forEach((trafficLight, policy) -> policy.requiredActions()
                    .forEach(action -> check(problems, version + " class " + trafficLight.wireName(), action)));
            for (Rule rule : ruleSet.rules()) {
                String where = version + " " + rule.id();
                RuleDefinition definition = rule.definition();
                check(problems, where + " message", definition.message());
                definition.requiredActions().forEach(action -> check(problems, where + " action", action.text()));
                if (definition.remedy() != null) {
                    check(problems, where + " remedy", definition.remedy().text());
                }
                if (definition.basis() != null) {
                    check(problems, where + " basis", definition.basis());
                }
            }
        }
        assertThat(problems, empty());
    }

    @Test
    void everyRuleHasAnExampleThatFiresAndOneThatDoesNot() {
        List<String> problems = new ArrayList<>();
        for (RuleSet ruleSet : catalog.all()) {
            for (Rule rule : ruleSet.rules()) {
                List<RuleExample> examples = rule.definition().examples();
                if (examples.stream().noneMatch(example -> Boolean.TRUE.equals(example.fires()))) {
                    problems.add(ruleSet.version() + " " + rule.id() + " has no example that fires");
                }
                if (examples.stream().noneMatch(example -> Boolean.FALSE.equals(example.fires()))) {
                    problems.add(ruleSet.version() + " " + rule.id() + " has no example that does not fire");
                }
            }
        }
        assertThat(problems, empty());
    }

    @Test
    void everyRuleUsingABorrowedThresholdSaysWhereItComesFrom() {
        List<String> problems = new ArrayList<>();
        for (RuleSet ruleSet : catalog.all()) {
            for (Rule rule : ruleSet.rules()) {
                boolean borrows = rule.condition().parameters().stream()
                        .anyMatch(name -> ruleSet.manifest().parameters().get(name).basis() != null);
                if (borrows && rule.definition().basis() == null) {
                    problems.add(ruleSet.version() + " " + rule.id() + " uses a borrowed threshold but has no basis");
                }
            }
        }
        assertThat(problems, empty());
    }

    @Test
    void thresholdsAndDatesAreNamedParametersNotLiterals() {
        List<String> problems = new ArrayList<>();
        for (RuleSet ruleSet : catalog.all()) {
            for (Rule rule : ruleSet.rules()) {
                String code = STRING_LITERAL.matcher(rule.definition().when()).replaceAll("''");
                java.util.regex.Matcher number = NUMBER.matcher(code);
                while (number.find()) {
                    if (!number.group().equals("0")) {
                        problems.add(ruleSet.version() + " " + rule.id() + " has the literal " + number.group());
                    }
                }
            }
        }
        assertThat(problems, empty());
    }

    private static void check(List<String> problems, String where, LocalizedText text) {
        if (text == null || text.en() == null || text.zh() == null) {
            problems.add(where + ": missing");
            return;
        }
        if (HAN.matcher(text.en()).find()) {
            problems.add(where + ": the English text has Chinese in it");
        }
        if (!HAN.matcher(text.zh()).find()) {
            problems.add(where + ": the Chinese text has no Chinese in it");
        }
    }
}
