package org.brigreen.trafficlight.report;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.brigreen.trafficlight.decisionlog.DecisionCursor;

/**
 * The regulator's reports over the whole log: decisions by key and class, the excluded projects, the annual report
 * and the check of the daily counts against the log. Used by the API and by the reports page.
 */
@Singleton
public class Reports {

    static final String CATEGORY_NOTE = "Categories A, B and C stand for the service's classes red, amber and green: "
            + "like the Equator Principles' categories (significant, limited, minimal or no adverse impacts), not the "
            + "same, for they come from the service's rule sets, not from a categorisation by the lender.";

    private final ReportStore store;

    public Reports(ReportStore store) {
        this.store = store;
    }

    public DecisionsReport decisions(ReportStore.Selection selection, Grouping by) {
        List<ClassCountRow> rows = store.counts(selection, by);
        return new DecisionsReport(by.wireName(), selection.period().from(), selection.period().to(),
                selection.ruleSet(), selection.version(), rows, totals(rows));
    }

    public ExcludedPage excluded(ReportStore.Selection selection, long afterSeq, int limit) {
        List<ReportStore.Excluded> read = store.excluded(selection, afterSeq, limit + 1);
        List<ExcludedProject> items = read.stream().limit(limit).map(ReportStore.Excluded::project).toList();
        String next = read.size() > limit ? DecisionCursor.after(read.get(limit - 1).seq()) : null;
        return new ExcludedPage(items, next);
    }

    public void forEachExcluded(ReportStore.Selection selection, Consumer<ExcludedProject> action) {
        store.forEachExcluded(selection, action);
    }

    public AnnualReport annual(int year) {
        ReportStore.Selection selection = new ReportStore.Selection(Period.year(year), null, null);
        List<ClassCountRow> bySector = store.counts(selection, Grouping.SECTOR);
        ClassCountRow totals = totals(bySector);
        Map<String, ClassCountRow> regions = new TreeMap<>();
        for (ClassCountRow country : store.counts(selection, Grouping.COUNTRY)) {
            String region = Regions.of(country.key());
            regions.merge(region, country.withKey(region), ClassCountRow::plus);
        }
        List<AnnualReport.Category> categories = List.of(new AnnualReport.Category("A", "red", totals.red()),
                new AnnualReport.Category("B", "amber", totals.amber()),
                new AnnualReport.Category("C", "green", totals.green()));
        List<ClassCountRow> byRegion = new ArrayList<>(regions.values());
        byRegion.sort(Comparator.comparing(ClassCountRow::key));
        return new AnnualReport(year, CATEGORY_NOTE, categories, bySector, List.copyOf(byRegion), totals,
                store.excludedCount(selection));
    }

    public RollupCheck check(Period.Days days) {
        return store.check(days.first(), days.end());
    }

    /** The rule-set versions decisions were made under, each as {id, version}. */
    public List<String[]> versions() {
        return store.versions();
    }

    private static ClassCountRow totals(List<ClassCountRow> rows) {
        return rows.stream().reduce(ClassCountRow.empty(null), ClassCountRow::plus).withKey("total");
    }
}
