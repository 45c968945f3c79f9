package org.brigreen.trafficlight.http;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.brigreen.trafficlight.input.InvalidRequestException;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The one reader of a period: the API's from and to (instants or dates), and the pages' days. */
class TimeRangeTest {

    @Test
    void aDateStandsForTheStartOfItsDayInUtcAndAnInstantForItself() {
        QueryParameters parameters = new QueryParameters();
        QueryParameters.TimeRange period = parameters.period("2026-01-01", "2026-01-02T08:00:00+08:00");
        parameters.validate("invalid");
        assertEquals(Instant.parse("2026-01-01T00:00:00Z"), period.from());
        assertEquals(Instant.parse("2026-01-02T00:00:00Z"), period.to());
    }

    @Test
    void anAbsentOrEmptyEndIsOpen() {
        QueryParameters parameters = new QueryParameters();
        QueryParameters.TimeRange period = parameters.period("", null);
        parameters.validate("invalid");
        assertNull(period.from());
        assertNull(period.to());
    }

    @Test
    void anEndNotLaterThanTheStartIsInvalidNamingTo() {
        QueryParameters parameters = new QueryParameters();
        parameters.period("2026-01-02", "2026-01-02T00:00:00Z");
        InvalidRequestException invalid = assertThrows(InvalidRequestException.class,
                () -> parameters.validate("invalid"));
        assertEquals("to", invalid.errors().get(0).pointer());
        assertEquals("must be later than from", invalid.errors().get(0).reason());
    }

    @Test
    void aPagesDaysIncludeTheLastDay() {
        Map<String, String> problems = new LinkedHashMap<>();
        QueryParameters.TimeRange period = QueryParameters.days("2026-01-01", " 2026-01-31 ", problems);
        assertEquals(Map.of(), problems);
        assertEquals(Instant.parse("2026-01-01T00:00:00Z"), period.from());
        assertEquals(Instant.parse("2026-02-01T00:00:00Z"), period.to());
    }

    @Test
    void aPagesDaysNameWhatIsWrongByField() {
        Map<String, String> problems = new LinkedHashMap<>();
        QueryParameters.days("yesterday", "", problems);
        assertEquals(Map.of("from", "date"), problems);
        problems.clear();
        QueryParameters.days("2026-02-01", "2026-01-31", problems);
        assertEquals(Map.of("to", "before-from"), problems);
    }
}
