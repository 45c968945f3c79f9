package org.brigreen.trafficlight.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.brigreen.trafficlight.decision.Sector;
import org.brigreen.trafficlight.rules.TrafficLight;

/**
 * A page of the decision log as a person may read it, newest first: an organisation's decisions, or a regulator's
 * view of every organisation's, filtered by the form.
 *
 * @param form              the filter as typed
 * @param problems          what is wrong with the form's fields, by field name (the kind of problem); empty when
 *                          the filter could be made
 * @param matching          how many decisions match the filter, on every page
 * @param olderPath         the link to the next, older page; null on the last
 * @param newestPath        the link back to the newest page; null on it
 * @param cursorRefused     whether the page asked for is not one the service gave a link to
 * @param everyOrganisation whether the page holds every organisation's decisions (a regulator's)
 * @param versions          the rule-set versions a decision may have been made under, to filter by
 * @param csvPath           the download of every matching decision as CSV
 * @param ndjsonPath        the same as NDJSON, each line with its canonical record and hashes
 */
record HistoryPage(LogFilterForm form, Map<String, String> problems, long matching, List<DecisionRow> rows,
        String olderPath, String newestPath, boolean cursorRefused, boolean everyOrganisation, List<String> versions,
        String csvPath, String ndjsonPath) {

    /** How many decisions a page shows at most. */
    public int pageSize() {
        return DecisionPagesResource.PAGE_SIZE;
    }

    /** Whether the filter could not be made, or the page asked for is not one. */
    public boolean refused() {
        return !problems.isEmpty() || cursorRefused;
    }

    /** The kind of problem with field {@code name}; null when there is none. */
    public String problem(String name) {
        return problems.get(name);
    }

    /** The fields that take a date. */
    public List<String> dateFields() {
        return List.of("from", "to");
    }

    /** The fields answered yes or no. */
    public List<String> yesNoFields() {
        return List.of("excluded", "superseded");
    }

    /** The classes to filter by. */
    public List<String> lights() {
        return Arrays.stream(TrafficLight.values()).map(TrafficLight::wireName).toList();
    }

    /** The sectors to filter by, as their wire names. */
    public List<String> sectors() {
        return Arrays.stream(Sector.values()).map(Sector::wireName).toList();
    }

    /** The field typed in the form, for showing it again. */
    public String value(String name) {
        return form.value(name);
    }
}
