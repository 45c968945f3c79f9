package org.brigreen.trafficlight.web;

import java.util.List;

/**
 * A page of an organisation's decisions, newest first.
 *
 * @param reference         the reference searched for; null for every project
 * @param olderPath         the link to the next, older page; null on the last
 * @param newestPath        the link back to the newest page; null on it
 * @param referenceRefused  whether the reference searched for cannot be one (too long, or a control character)
 * @param cursorRefused     whether the page asked for is not one the service gave a link to
 * @param everyOrganisation whether the page holds every organisation's decisions (a regulator's)
 */
record HistoryPage(String reference, List<DecisionRow> rows, String olderPath, String newestPath,
        boolean referenceRefused, boolean cursorRefused, boolean everyOrganisation) {

    /** How many decisions a page shows at most. */
    public int pageSize() {
        return DecisionPagesResource.PAGE_SIZE;
    }

    /** Whether the search could not be made. */
    public boolean refused() {
        return referenceRefused || cursorRefused;
    }
}
