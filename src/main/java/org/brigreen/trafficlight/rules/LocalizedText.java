package org.brigreen.trafficlight.rules;

import jakarta.validation.constraints.NotBlank;

/** A text of a rule set, in English and in Chinese (zh-CN). */
public record LocalizedText(
        @NotBlank
        String en,

        @NotBlank
        String zh) {

    public String in(Language language) {
        return language == Language.ZH ? zh : en;
    }
}
