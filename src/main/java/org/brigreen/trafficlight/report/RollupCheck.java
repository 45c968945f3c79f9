package org.brigreen.trafficlight.report;

import java.time.LocalDate;
import java.util.List;

/**
 * The daily counts of the days [from, to) compared with a count of the log itself: {@code matches} when every cell
 * holds as many decisions as the log has; otherwise the cells that differ (the first {@code MAX_CELLS}).
 */
public record RollupCheck(boolean matches, LocalDate from, LocalDate to, long decisionsInLog, long decisionsInRollup,
        int differingCells, List<Cell> cells) {

    static final int MAX_CELLS = 1000;

    /** One cell of the rollup: a day, rule-set version, organisation, sector, country, class and exclusion. */
    public record Cell(LocalDate day, String ruleSet, String version, String org, String sector, String country,
            String trafficLight, boolean excluded, long inLog, long inRollup) {
    }
}
