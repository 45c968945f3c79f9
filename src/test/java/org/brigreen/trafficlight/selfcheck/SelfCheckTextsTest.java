package org.brigreen.trafficlight.selfcheck;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.brigreen.trafficlight.decision.DescriptorSchema;
import org.brigreen.trafficlight.web.PageTexts;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The self-check asks for every fact of the descriptor, once, and has words for each fact and each of its choices in
 * both languages: a fact added to the descriptor, or a value to an enumeration, fails here until the form has them.
 */
@QuarkusTest
class SelfCheckTextsTest {

    @Test
    void everyFactIsInExactlyOneGroupOfTheForm() {
        List<String> grouped = SelfCheckForm.GROUPS.values().stream().flatMap(List::stream)
                .filter(field -> !SelfCheckForm.LOCATION.contains(field)).toList();
        assertEquals(DescriptorSchema.PROJECT.facts().keySet().stream().sorted().toList(),
                grouped.stream().sorted().toList());
        assertEquals(SelfCheckForm.LOCATION, SelfCheckForm.GROUPS.get("site").subList(0, 3),
                "the location's fields open the site's group");
    }

    @Test
    void everyFactHasALabelAndAnExplanationAndEveryChoiceAWordInEnglishAndChinese() {
        for (String language : List.of("en", "zh")) {
            PageTexts texts = MessageBundles.get(PageTexts.class, Localized.Literal.of(language));
            List<String> wordless = new ArrayList<>();
            DescriptorSchema.PROJECT.facts().values().forEach(fact -> {
                if (texts.fieldLabel(fact.name()).isBlank() || texts.fieldHelp(fact.name()).isBlank()) {
                    wordless.add(fact.name());
                }
                fact.allowedValues().stream()
                        .filter(value -> texts.choice(value).isBlank() || texts.choice(value).equals(value))
                        .forEach(value -> wordless.add(fact.name() + "=" + value));
            });
            SelfCheckForm.GROUPS.keySet().stream()
                    .filter(group -> texts.groupHeading(group).isBlank() || texts.groupIntro(group).isBlank())
                    .forEach(group -> wordless.add("group " + group));
            assertEquals(List.of(), wordless, "in " + language);
        }
    }

    @Test
    void theTwoLanguagesSayDifferentThings() {
        PageTexts english = MessageBundles.get(PageTexts.class, Localized.Literal.of("en"));
        PageTexts chinese = MessageBundles.get(PageTexts.class, Localized.Literal.of("zh"));
        List<String> untranslated = DescriptorSchema.PROJECT.facts().keySet().stream()
                .filter(fact -> english.fieldHelp(fact).equals(chinese.fieldHelp(fact))).toList();
        assertEquals(List.of(), untranslated);
    }
}
