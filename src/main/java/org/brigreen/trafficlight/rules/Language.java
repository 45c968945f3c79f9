package org.brigreen.trafficlight.rules;

import java.util.List;
import java.util.Locale;

/** The languages every rule text is written in. */
public enum Language {
    EN,
    ZH;

    /** The first of the caller's preferred locales that is Chinese or English; English when none is. */
    public static Language preferred(List<Locale> acceptable) {
        for (Locale locale : acceptable) {
            switch (locale.getLanguage()) {
                case "zh":
                    return ZH;
                case "en":
                    return EN;
                default:
                    break;
            }
        }
        return EN;
    }

    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
