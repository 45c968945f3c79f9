package org.brigreen.trafficlight.selfcheck;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.brigreen.trafficlight.classification.AssessmentAnswer;
import org.brigreen.trafficlight.decision.DescriptorSchema;
import org.brigreen.trafficlight.evaluation.EvaluationAnswer;
import org.brigreen.trafficlight.input.FieldError;
import org.brigreen.trafficlight.rules.Language;
import org.brigreen.trafficlight.rules.TrafficLight;
import org.brigreen.trafficlight.web.FactWords;
import org.brigreen.trafficlight.web.PageLanguage;
import org.brigreen.trafficlight.web.PageTexts;

/** Puts the self-check page together in one language: the form's fields, the refusals and the answer, in words. */
final class SelfCheckViews {

    private final PageTexts texts;
    private final SiteMapTexts mapTexts;
    private final FactWords words;
    private final Locale locale;
    private final ObjectMapper json;

    SelfCheckViews(PageTexts texts, Language language, ObjectMapper json) {
        this.texts = texts;
        this.mapTexts = MessageBundles.get(SiteMapTexts.class, Localized.Literal.of(language.tag()));
        this.locale = PageLanguage.locale(language);
        this.words = new FactWords(texts, locale);
        this.json = json;
    }

    SelfCheckPage blank(String formToken) {
        return new SelfCheckPage(groups(Map.of(), Map.of()), List.of(), null, null, formToken, null);
    }

    SelfCheckPage refused(Map<String, List<String>> fields, List<FieldError> errors, String formToken) {
        Map<String, String> byField = new LinkedHashMap<>();
        List<String> refused = new ArrayList<>();
        for (FieldError error : errors) {
            String location = SelfCheckForm.locationFieldOf(error.pointer(), fields);
            String fact = location == null ? factOf(error.pointer()) : location;
            String words = apiWords(error);
            byField.merge(fact, words, (first, next) -> first + "; " + next);
            refused.add(label(fact) + ": " + words);
        }
        return new SelfCheckPage(groups(fields, byField), refused, null, null, formToken, null);
    }

    SelfCheckPage answered(Map<String, List<String>> fields, EvaluationAnswer evaluation,
            List<WhatIfs.WhatIf> whatIfs, ObjectNode descriptor, String whatIf, String formToken, SiteMap map) {
        SelfCheckPage.Answer shown = new SelfCheckPage.Answer(evaluation.assessment(), evaluation.notice(),
                whatIfs.stream().map(this::whatIf).toList(), text(descriptor));
        return new SelfCheckPage(groups(fields, Map.of()), List.of(), shown, whatIf, formToken, map);
    }

    /** The words of the facts, for the site map. */
    FactWords words() {
        return words;
    }

    SiteMapTexts mapTexts() {
        return mapTexts;
    }

    private String label(String field) {
        return SelfCheckForm.LOCATION.contains(field) ? mapTexts.sitemap_fieldLabel(field) : words.label(field);
    }

    /** The API's own words for a refused field: its reason, and the values it would take. */
    private static String apiWords(FieldError error) {
        return error.allowedValues() == null || error.allowedValues().isEmpty() ? error.reason()
                : error.reason() + " (allowed: " + String.join(", ", error.allowedValues()) + ")";
    }

    /** The fact a refusal's JSON pointer is in: {@code /site/ramsar} and {@code /mitigation/2} name their fact. */
    private static String factOf(String pointer) {
        String dotted = pointer.replaceFirst("^/", "").replace('/', '.');
        String fact = dotted;
        while (!fact.isEmpty() && !DescriptorSchema.PROJECT.facts().containsKey(fact)) {
            int dot = fact.lastIndexOf('.');
            fact = dot < 0 ? "" : fact.substring(0, dot);
        }
        return fact.isEmpty() ? dotted : fact;
    }

    private List<SelfCheckPage.Group> groups(Map<String, List<String>> fields, Map<String, String> errors) {
        List<SelfCheckPage.Group> groups = new ArrayList<>();
        SelfCheckForm.GROUPS.forEach((group, facts) -> groups.add(new SelfCheckPage.Group(group,
                texts.groupHeading(group), texts.groupIntro(group),
                facts.stream().map(fact -> field(fact, fields.getOrDefault(fact, List.of()), errors.get(fact)))
                        .toList())));
        return groups;
    }

    private SelfCheckPage.Field field(String name, List<String> values, String error) {
        if (SelfCheckForm.LOCATION.contains(name)) {
            return new SelfCheckPage.Field(name, "f-" + name.replace('.', '-'), label(name),
                    mapTexts.sitemap_fieldHelp(name), SelfCheckForm.GEOMETRY.equals(name) ? "geojson" : "number", false,
                    List.of(), values.isEmpty() ? "" : values.get(0), error);
        }
        DescriptorSchema.Fact fact = DescriptorSchema.PROJECT.facts().get(name);
        String kind = kind(name, fact);
        String value = values.isEmpty() ? "" : values.get(0);
        List<SelfCheckPage.Option> options = switch (kind) {
            case "country" -> countries(value);
            case "yesno" -> List.of(new SelfCheckPage.Option("true", texts.choice("yes"), "true".equals(value)),
                    new SelfCheckPage.Option("false", texts.choice("no"), "false".equals(value)));
            case "choice", "many" -> fact.allowedValues().stream()
                    .map(allowed -> new SelfCheckPage.Option(allowed, words.choice(allowed), values.contains(allowed)))
                    .toList();
            default -> List.of();
        };
        return new SelfCheckPage.Field(name, "f-" + name.replace('.', '-'), words.label(name), texts.fieldHelp(name),
                kind, SelfCheckForm.REQUIRED.contains(name), options, value, error);
    }

    private static String kind(String name, DescriptorSchema.Fact fact) {
        if ("country".equals(name)) {
            return "country";
        }
        return switch (fact.type()) {
            case BOOLEAN -> "yesno";
            case NUMBER -> "number";
            case INTEGER -> "integer";
            case DATE -> "date";
            case LIST -> "many";
            case STRING -> fact.allowedValues().isEmpty() ? "text" : "choice";
        };
    }

    /** Every country by its name in the page's language, in that language's order. */
    private List<SelfCheckPage.Option> countries(String chosen) {
        Collator order = Collator.getInstance(locale);
        return Arrays.stream(Locale.getISOCountries())
                .map(code -> new SelfCheckPage.Option(code, words.country(code), code.equalsIgnoreCase(chosen)))
                .sorted(Comparator.comparing(SelfCheckPage.Option::word, order))
                .toList();
    }

    private SelfCheckPage.WhatIf whatIf(WhatIfs.WhatIf whatIf) {
        if (whatIf.change() == null) {
            return new SelfCheckPage.WhatIf(whatIf.ruleId(), whatIf.remedy(), null, null, null, false, null);
        }
        WhatIfs.Change change = whatIf.change();
        AssessmentAnswer answer = whatIf.answer().assessment();
        return new SelfCheckPage.WhatIf(whatIf.ruleId(), whatIf.remedy(),
                texts.whatIfChange(words.label(change.fact()), words.value(change.fact(), change.from()),
                        words.value(change.fact(), change.to())),
                light(answer.trafficLight()), classWord(answer.trafficLight()), answer.excluded(),
                text(change.descriptor()));
    }

    private static String light(TrafficLight light) {
        return light.name().toLowerCase(Locale.ROOT);
    }

    private String classWord(TrafficLight light) {
        return switch (light) {
            case RED -> texts.red();
            case AMBER -> texts.amber();
            case GREEN -> texts.green();
        };
    }

    private String text(ObjectNode descriptor) {
        try {
            return json.writeValueAsString(descriptor);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
