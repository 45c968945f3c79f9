package org.brigreen.trafficlight.report;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The reports page's texts: English by default, Chinese in {@code messages/reportmsg_zh.properties}; templates read
 * them as {@code {reportmsg:key}}. A bundle of their own keeps each bundle's generated resolver small.
 */
@MessageBundle(value = "reportmsg", locale = "en")
public interface ReportTexts {

    // The regulator's reports (/app/reports)

    @Message("Reports on every organisation's decisions")
    String reports_task();

    @Message("Reports")
    String reports_title();

    @Message("Every organisation's decisions counted by class for a period, the trend by month, the annual report and "
            + "the excluded projects. Whole days are counted from the daily counts kept beside the log, a partial day "
            + "from the log itself; POST /v1/reports/verify checks the counts against the log.")
    String reports_intro();

    @Message("Choose a report")
    String reports_formHeading();

    @Message("{#when field}{#is 'from'}Decided from (UTC){#is 'to'}Decided before (UTC){#is 'version'}Rule-set version"
            + "{#is 'by'}Group by{#is 'year'}Year of the annual report{#is 'after'}Page{/when}")
    String reports_field(String field);

    @Message("{#when field}{#is 'from'}Give a date, such as 2026-01-31.{#is 'to'}Give a date after the first one."
            + "{#is 'year'}Give a year from 2000 to 9998.{#is 'after'}Start again from the first page."
            + "{#else}Choose one of the values offered.{/when}")
    String reports_problem(String field);

    @Message("The reports were not made: correct the fields marked below.")
    String reports_refused();

    @Message("Show the reports")
    String reports_show();

    @Message("{#when key}{#is 'sector'}Sector{#is 'country'}Country{#is 'month'}Month{#is 'organisation'}Organisation"
            + "{#is 'region'}Region{/when}")
    String reports_by(String key);

    @Message("Decisions by {#when by}{#is 'sector'}sector{#is 'country'}country{#is 'month'}month"
            + "{#is 'organisation'}organisation{/when}")
    String reports_countsHeading(String by);

    @Message("Each bar is one key; its parts are the red, amber and green decisions, and the number after it the "
            + "total. The table below gives the same figures.")
    String reports_chartDesc();

    @Message("No decisions in this period.")
    String reports_noDecisions();

    @Message("Total")
    String reports_total();

    @Message("Download “{what}” as CSV")
    String reports_download(String what);

    @Message("Annual report {year}")
    String reports_annualHeading(int year);

    @Message("Categories A, B and C stand for the classes red, amber and green: like the Equator Principles' "
            + "categories (significant, limited, minimal or no adverse impacts), not the same, for they come from the "
            + "service's rule sets. Regions are the UN M49 regions of the projects' countries.")
    String reports_categoryNote();

    @Message("Decisions by category")
    String reports_categories();

    @Message("Category")
    String reports_category();

    @Message("Class")
    String reports_class();

    @Message("Excluded from financing")
    String reports_excluded();

    @Message("Decisions by region")
    String reports_byRegion();

    @Message("{#when region}{#is 'Africa'}Africa{#is 'Americas'}Americas{#is 'Asia'}Asia{#is 'Europe'}Europe"
            + "{#is 'Oceania'}Oceania{#else}Unknown{/when}")
    String reports_regionName(String region);

    @Message("Excluded projects")
    String reports_excludedHeading();

    @Message("The projects excluded from financing in this period, in the order decided")
    String reports_excludedCaption();

    @Message("No project was excluded in this period.")
    String reports_noneExcluded();

    @Message("{#when column}{#is 'reference'}Reference{#is 'org'}Organisation{#is 'sector'}Sector{#is 'country'}Country"
            + "{#is 'decidedAt'}Decided at (UTC){#is 'decision'}Decision{/when}")
    String reports_column(String column);

    @Message("Open")
    String reports_open();

    @Message("Next excluded projects")
    String reports_nextExcluded();
}
