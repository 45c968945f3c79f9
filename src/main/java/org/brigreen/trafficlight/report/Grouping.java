package org.brigreen.trafficlight.report;

import java.util.Arrays;
import java.util.List;

/**
 * What the rows of a decisions report are keyed by, with the SQL of the key over the daily counts and over the log.
 * The expressions are constants of this enum, never text from a request.
 */
public enum Grouping {
    SECTOR("sector", "sector", "sector"),
    COUNTRY("country", "country", "country"),
    MONTH("month", "to_char(day, 'YYYY-MM')", "to_char(decided_at AT TIME ZONE 'UTC', 'YYYY-MM')"),
    ORGANISATION("organisation", "org", "org");

    private final String wireName;
    final String overRollup;
    final String overLog;

    Grouping(String wireName, String overRollup, String overLog) {
        this.wireName = wireName;
        this.overRollup = overRollup;
        this.overLog = overLog;
    }

    public String wireName() {
        return wireName;
    }

    public static List<String> wireNames() {
        return Arrays.stream(values()).map(Grouping::wireName).toList();
    }
}
