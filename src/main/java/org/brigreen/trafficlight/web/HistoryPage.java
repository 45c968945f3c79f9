package org.brigreen.trafficlight.web;

import java.util.List;

/**
 * A page of an organisation's decisions, newest first.
 *
 * @param reference         the reference searched for; null for every project
 * @param olderPath         the link to the next, older page; null on the last
 * @param newestPath        the link back to the newest page; null on it
 * @param referenceProblem  why the reference searched for cannot be; null when it can
 * @param cursorProblem     why the page asked for cannot be; null when it can
 * @param everyOrganisation whether the page holds every organisation's decisions (a regulator's)
 */
record HistoryPage(String reference, List<DecisionRow> rows, String olderPath, String newestPath,
        String referenceProblem, String cursorProblem, boolean everyOrganisation) {

    /** How many decisions a page shows at most. */
    public int pageSize() {
        return DecisionPagesResource.PAGE_SIZE;
    }

    /** Whether the search could not be made. */
    public boolean refused() {
        return referenceProblem != null || cursorProblem != null;
    }
}
