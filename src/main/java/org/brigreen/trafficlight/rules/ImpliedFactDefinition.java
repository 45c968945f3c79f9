package org.brigreen.trafficlight.rules;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A fact a rule-set version infers when the descriptor leaves it out (METHODOLOGY §7.1): from other facts
 * ({@code nearestSensitiveAreaKm > 0} implies the site is inside no designated area), from reference data (the
 * conflict list by country), or as a plain default. The caller's own value always wins.
 *
 * @param when    CEL condition that must hold for the fact to be implied; absent: always
 * @param value   the value implied, of the fact's type
 * @param because why, in both languages, as the answer says it
 */
public record ImpliedFactDefinition(
        String fact,

        JsonNode value,

        String when,

        LocalizedText because,

        Citation citation) {
}
