package org.brigreen.trafficlight.report;

import java.util.List;

/**
 * A year's decisions in the shape of the Equator Principles' annual reporting: the number of projects by category,
 * by sector and by region. The service's classes stand in for the Principles' categories: red for A (significant
 * adverse impacts), amber for B (limited), green for C (minimal or none). They are like them, not the same: the
 * classes come from the service's rule sets, not from an EPFI's categorisation. Regions are the UN M49 regions of the
 * projects' countries.
 */
public record AnnualReport(int year, String categoryNote, List<Category> categories, List<ClassCountRow> bySector,
        List<ClassCountRow> byRegion, ClassCountRow totals, long excluded) {

    /** A category, the class it stands for, and its number of decisions. */
    public record Category(String category, String trafficLight, long decisions) {
    }
}
