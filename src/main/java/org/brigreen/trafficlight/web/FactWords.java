package org.brigreen.trafficlight.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.brigreen.trafficlight.decision.DescriptorSchema;

/** A fact and its value as a person reads them, in the page's language: never a code. */
public final class FactWords {

    private final PageTexts texts;
    private final Locale locale;

    public FactWords(PageTexts texts, Locale locale) {
        this.texts = texts;
        this.locale = locale;
    }

    /** The fact's name in words; its dotted name where the texts have none. */
    public String label(String fact) {
        String label = texts.fieldLabel(fact);
        return label.isEmpty() ? fact : label;
    }

    /** A value of {@code fact}: a choice as its word, yes or no, a list as its words, a country by its name. */
    public String value(String fact, JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return texts.notStated();
        }
        if (value.isArray()) {
            List<String> words = new ArrayList<>();
            value.forEach(element -> words.add(choice(element.asText())));
            return words.isEmpty() ? texts.choice("none") : String.join(texts.listSeparator(), words);
        }
        if (value.isBoolean()) {
            return value.booleanValue() ? texts.choice("yes") : texts.choice("no");
        }
        if ("country".equals(fact)) {
            return country(value.asText());
        }
        DescriptorSchema.Fact schema = DescriptorSchema.PROJECT.facts().get(fact);
        return schema != null && !schema.allowedValues().isEmpty() ? choice(value.asText()) : value.asText();
    }

    /** The word for a choice; the code itself only where the texts have no word for it. */
    public String choice(String value) {
        String word = texts.choice(value);
        return word.isEmpty() ? value : word;
    }

    /** A country by its name in the page's language. */
    public String country(String code) {
        String name = new Locale("", code).getDisplayCountry(locale);
        return name.isEmpty() || name.equals(code) ? code : name;
    }
}
