package org.brigreen.trafficlight.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;

/**
 * A file of reference data in a version's {@code reference/} folder, such as a list of countries: what it is, where it
 * comes from, and its values, which a parameter of the version takes as its value.
 *
 * @param source    the publisher's document, with its address
 * @param published when the publisher published it
 * @param scope     what of the source the values are (a sub-list, a fiscal year), and what they are not
 */
public record ReferenceData(
        String title,

        String source,

        LocalDate published,

        String scope,

        JsonNode values) {
}
