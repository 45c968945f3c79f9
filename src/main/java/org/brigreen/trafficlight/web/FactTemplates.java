package org.brigreen.trafficlight.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.Locale;

/**
 * Facts in words in templates, in the page's language: {@code {fact:label(name)}} and
 * {@code {fact:value(name, value)}}.
 */
@TemplateExtension(namespace = "fact")
public final class FactTemplates {

    private FactTemplates() {
    }

    static String label(String fact, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return words(locale).label(fact);
    }

    static String value(String fact, JsonNode value, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return words(locale).value(fact, value);
    }

    private static FactWords words(Object locale) {
        Locale page = locale instanceof Locale chosen ? chosen : Locale.ENGLISH;
        return new FactWords(MessageBundles.get(PageTexts.class, Localized.Literal.of(page.getLanguage())), page);
    }
}
