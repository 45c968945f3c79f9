package org.brigreen.trafficlight.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The period of a report, [from, to), either end open when null, split into what the rollup counts and what the log
 * must: the whole UTC days inside it come from the daily counts, a partial first or last day from the decisions
 * themselves. So every figure is the log's, at the cost of days × keys rows rather than of decisions.
 */
record Period(Instant from, Instant to) {

    private static final Duration HALF_A_DAY = Duration.ofHours(12);

    /** The whole UTC days of the period, [first, end), either open when null; empty when it holds no whole day. */
    record Days(LocalDate first, LocalDate end) {
    }

    /** The period of one calendar year, in UTC. */
    static Period year(int year) {
        return new Period(LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                LocalDate.of(year + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    Optional<Days> wholeDays() {
        LocalDate first = from == null ? null : ceilingDay(from);
        LocalDate end = to == null ? null : day(to);
        if (first != null && end != null && !first.isBefore(end)) {
            return Optional.empty();
        }
        return Optional.of(new Days(first, end));
    }

    /** The parts of the period outside its whole days, each [from, to): counted from the log. */
    List<Period> partialDays() {
        Optional<Days> days = wholeDays();
        if (days.isEmpty()) {
            return List.of(this);
        }
        List<Period> parts = new ArrayList<>(2);
        if (from != null && !start(days.get().first()).equals(from)) {
            parts.add(new Period(from, start(days.get().first())));
        }
        if (to != null && !start(days.get().end()).equals(to)) {
            parts.add(new Period(start(days.get().end()), to));
        }
        return parts;
    }

    /** The parts of the period outside its whole days, each cut at midnight UTC so that it lies within one day. */
    List<Period> partialDaysOneByOne() {
        List<Period> parts = new ArrayList<>();
        for (Period part : partialDays()) {
            Instant start = part.from;
            while (start.isBefore(part.to)) {
                Instant midnight = start(day(start).plusDays(1));
                Instant end = midnight.isBefore(part.to) ? midnight : part.to;
                parts.add(new Period(start, end));
                start = end;
            }
        }
        return parts;
    }

    /** The UTC day this period lies in; only for a period within one day. */
    LocalDate day() {
        return day(from);
    }

    /** Whether this part of one day is longer than the rest of that day: then the rest is the cheaper to count. */
    boolean longerThanTheRestOfItsDay() {
        return Duration.between(from, to).compareTo(HALF_A_DAY) > 0;
    }

    /** The rest of the day this period lies in, before and after it: none, one or two periods. */
    List<Period> restOfItsDay() {
        List<Period> rest = new ArrayList<>(2);
        Instant dayStart = start(day());
        Instant dayEnd = start(day().plusDays(1));
        if (dayStart.isBefore(from)) {
            rest.add(new Period(dayStart, from));
        }
        if (to.isBefore(dayEnd)) {
            rest.add(new Period(to, dayEnd));
        }
        return rest;
    }

    /** The days the period touches, each whole: what a check of the rollup compares. */
    Days touchedDays() {
        return new Days(from == null ? null : day(from), to == null ? null : ceilingDay(to));
    }

    static Instant start(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    private static LocalDate ceilingDay(Instant instant) {
        LocalDate day = day(instant);
        return start(day).equals(instant) ? day : day.plusDays(1);
    }
}
