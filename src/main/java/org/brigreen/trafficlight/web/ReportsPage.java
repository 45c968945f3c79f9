package org.brigreen.trafficlight.web;

import java.util.List;
import java.util.Map;
import org.brigreen.trafficlight.report.AnnualReport;
import org.brigreen.trafficlight.report.Chart;
import org.brigreen.trafficlight.report.DecisionsReport;
import org.brigreen.trafficlight.report.ExcludedPage;

/**
 * What the reports page shows: the form as sent and what it refused, the decisions by the chosen key (a chart and a
 * table of the same figures), the trend by month, the annual report, the first excluded projects, and the links that
 * download each as CSV. The reports are null when the form was refused.
 *
 * @param values   the form's values as sent, by field name
 * @param problems the refused fields
 */
record ReportsPage(Map<String, String> values, List<String> problems, List<String> groupings, List<String> versions,
        DecisionsReport report, Chart chart, DecisionsReport months, Chart trend, AnnualReport annual,
        ExcludedPage excluded, String query, String annualQuery, String nextExcluded) {

    private static final List<String> DATE_FIELDS = List.of("from", "to");

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public boolean problem(String field) {
        return problems.contains(field);
    }

    public boolean refused() {
        return !problems.isEmpty();
    }

    public List<String> dateFields() {
        return DATE_FIELDS;
    }
}
