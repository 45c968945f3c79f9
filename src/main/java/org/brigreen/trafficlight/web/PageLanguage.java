package org.brigreen.trafficlight.web;

import java.util.Locale;
import org.brigreen.trafficlight.rules.Language;

/**
 * The language a page is shown in: the one the person chose with the page's switch ({@code ?lang=}, then remembered
 * in a cookie), else their browser's first choice of English or Chinese.
 */
public final class PageLanguage {

    /** The query parameter of the switch, and the cookie that remembers it. */
    public static final String PARAMETER = "lang";

    private PageLanguage() {
    }

    /**
     * @param chosen         {@code ?lang=} as sent; null when absent
     * @param remembered     the cookie's value; null when absent
     * @param acceptLanguage the browser's {@code Accept-Language}; null when absent
     */
    public static Language of(String chosen, String remembered, String acceptLanguage) {
        Language language = named(chosen);
        if (language == null) {
            language = named(remembered);
        }
        return language != null ? language : Language.fromAcceptLanguage(acceptLanguage);
    }

    /** The language a {@code lang} value names, or null for anything but {@code en} and {@code zh}. */
    public static Language named(String tag) {
        if (tag == null) {
            return null;
        }
        return switch (tag.toLowerCase(Locale.ROOT)) {
            case "en" -> Language.EN;
            case "zh" -> Language.ZH;
            default -> null;
        };
    }

    /** The locale the page's texts are looked up in. */
    public static Locale locale(Language language) {
        return language == Language.ZH ? Locale.CHINESE : Locale.ENGLISH;
    }
}
