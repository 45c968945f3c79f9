package org.brigreen.trafficlight.rules;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A text of a rule set, in English and in Chinese (zh-CN). */
@Schema(description = "A text in English and in Chinese (zh-CN).")
public record LocalizedText(
        @NotBlank
        @Schema(description = "English.", example = "Obtain EIA approval before construction.")
        String en,

        @NotBlank
        @Schema(description = "Chinese (zh-CN).", example = "在开工建设前取得环境影响评价批准。")
        String zh) {

    public String in(Language language) {
        return language == Language.ZH ? zh : en;
    }
}
