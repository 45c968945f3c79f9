package org.brigreen.trafficlight.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Texts that quote a parameter write {@code {params.<name>}}, and read its value: a changed threshold cannot leave its
 * old number in a message. Numbers of ten thousand and more are grouped by thousands, dates are written as each
 * language writes them, lists are joined.
 */
final class ParameterTexts {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{params\\.([a-zA-Z][a-zA-Z0-9]*)}");
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final BigDecimal GROUPED_FROM = BigDecimal.valueOf(10_000);

    private final Map<String, FactType> types;
    private final Map<String, JsonNode> values;

    ParameterTexts(RuleSetChecks.Parameters parameters) {
        this.types = parameters.types();
        this.values = parameters.written();
    }

    /**
     * The text with its parameters' values written in.
     *
     * @throws IllegalArgumentException naming a parameter the version does not have
     */
    LocalizedText render(LocalizedText text) {
        if (text == null) {
            return null;
        }
        return new LocalizedText(render(text.en(), Language.EN), render(text.zh(), Language.ZH));
    }

    private String render(String text, Language language) {
        if (text == null || text.indexOf('{') < 0) {
            return text;
        }
        Matcher placeholder = PLACEHOLDER.matcher(text);
        StringBuilder rendered = new StringBuilder();
        while (placeholder.find()) {
            String name = placeholder.group(1);
            if (!types.containsKey(name)) {
                throw new IllegalArgumentException("'" + placeholder.group() + "' names no parameter of this version");
            }
            placeholder.appendReplacement(rendered, Matcher.quoteReplacement(written(types.get(name),
                    values.get(name), language)));
        }
        placeholder.appendTail(rendered);
        return rendered.toString();
    }

    private static String written(FactType type, JsonNode value, Language language) {
        return switch (type) {
            case NUMBER, INTEGER -> number(value.decimalValue(), type == FactType.NUMBER);
            case DATE -> LocalDate.parse(value.textValue())
                    .format(language == Language.ZH ? CHINESE_DATE : ENGLISH_DATE);
            case LIST -> {
                List<String> elements = new ArrayList<>();
                value.forEach(element -> elements.add(element.asText()));
                yield String.join(language == Language.ZH ? "、" : ", ", elements);
            }
            case STRING, BOOLEAN -> value.asText();
        };
    }

    private static String number(BigDecimal value, boolean grouped) {
        BigDecimal plain = value.stripTrailingZeros();
        if (grouped && plain.abs().compareTo(GROUPED_FROM) >= 0) {
            DecimalFormat format = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ROOT));
            return format.format(plain);
        }
        return plain.toPlainString();
    }
}
