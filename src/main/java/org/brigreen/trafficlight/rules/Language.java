package org.brigreen.trafficlight.rules;

import java.util.List;
import java.util.Locale;

/** The languages every rule text is written in. */
public enum Language {
    EN,
    ZH;

    /**
     * The caller's preferred language from an {@code Accept-Language} header (RFC 9110): the highest-weighted range
     * that is Chinese or English; English when none is, or when the header is absent or malformed.
     */
    public static Language fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return EN;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException e) {
            return EN;
        }
        for (Locale.LanguageRange range : ranges) {
            String primary = range.getRange().split("-", 2)[0];
            if (range.getWeight() > 0 && primary.equals("zh")) {
                return ZH;
            }
            if (range.getWeight() > 0 && primary.equals("en")) {
                return EN;
            }
        }
        return EN;
    }

    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
