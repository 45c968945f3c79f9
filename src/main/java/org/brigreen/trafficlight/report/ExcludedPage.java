package org.brigreen.trafficlight.report;

import java.util.List;

/** A page of excluded projects, in the order they were decided; {@code next} is the cursor of the next page. */
public record ExcludedPage(List<ExcludedProject> items, String next) {
}
