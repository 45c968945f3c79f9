package org.brigreen.trafficlight.selfcheck;

import java.util.List;
import org.brigreen.trafficlight.classification.AssessmentAnswer;

/**
 * What the self-check page shows, its words already in the page's language: the form, what the service would refuse,
 * and the answer with what would lift it.
 *
 * @param refused  what the service would refuse in the description, in the API's words; empty when nothing
 * @param answer   the evaluation of the description; null before a check, or when it is refused
 * @param whatIf   the change this page tries, when it is a what-if; else null
 * @param map      the site on a map, when the answered description has a location; else null
 */
record SelfCheckPage(List<Group> groups, List<String> refused, Answer answer, String whatIf, String formToken,
        SiteMap map) {

    record Group(String key, String heading, String intro, List<Field> fields) {
    }

    /**
     * One fact's field.
     *
     * @param kind  text, country, choice, yesno, number, integer, date, many or geojson
     * @param error what the service would refuse in it, in the API's words; null when nothing
     */
    record Field(String name, String id, String label, String help, String kind, boolean required,
            List<Option> options, String value, String error) {
    }

    record Option(String value, String word, boolean selected) {
    }

    /**
     * The evaluation of the description.
     *
     * @param assessment what the rules concluded, as the API answers it
     * @param descriptor the description as JSON, carried by the forms that record it or try a remedy
     */
    record Answer(AssessmentAnswer assessment, String notice, List<WhatIf> whatIfs, String descriptor) {
    }

    /**
     * A remedy and, where one change of a choice lifts it, that change and the class it would give.
     *
     * @param descriptor the changed description, to try it; null when there is no such change
     */
    record WhatIf(String ruleId, String remedy, String change, String light, String classWord, boolean excluded,
            String descriptor) {
    }
}
