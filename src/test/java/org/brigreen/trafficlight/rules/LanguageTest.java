package org.brigreen.trafficlight.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import static org.junit.jupiter.api.Assertions.assertEquals;

class LanguageTest {

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "NULL | EN",
        "'' | EN",
        "zh | ZH",
        "zh-CN | ZH",
        "zh-Hans-CN, en;q=0.8 | ZH",
        "en-GB, zh;q=0.5 | EN",
        "fr-FR, zh;q=0.1 | ZH",
        "fr, de | EN",
        "zh;q=0, en | EN",
        "* | EN",
        "!!! not a header | EN",
        "zh;q=2 | EN"})
    void picksTheHighestWeightedChineseOrEnglish(String header, Language expected) {
        assertEquals(expected, Language.fromAcceptLanguage(header));
    }
}
