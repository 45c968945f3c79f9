package org.brigreen.trafficlight.decisionlog;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.brigreen.trafficlight.classification.Descriptors;
import org.brigreen.trafficlight.decision.Sector;
import org.brigreen.trafficlight.rules.TrafficLight;
import org.brigreen.trafficlight.tlog.LogHashes;
import org.junit.jupiter.api.Test;
import static org.brigreen.trafficlight.security.Api.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The reader hands on exactly the matching records, in sequence order, as they were logged. */
@QuarkusTest
class DecisionLogReaderTest {

    @Inject
    DecisionLogReader reader;

    @Inject
    DecisionRecordV1 codec;

    @Test
    void readsTheMatchingRecordsInSequenceOrderWithTheirHashes() {
        String reference = "READER-" + UUID.randomUUID();
        Instant from = Instant.now();
        List<String> ids = List.of(classify(reference, "KE", "solar_pv"), classify(reference, "PK", "coal_power"),
                classify(reference, "KE", "wind_onshore"));

        List<LoggedDecision> read = readAll(new LogFilter(null, null, null, null, null, null, null, null, reference, 0));

        assertEquals(ids, read.stream().map(logged -> logged.id().toString()).toList());
        for (int i = 1; i < read.size(); i++) {
            assertEquals(true, read.get(i).seq() > read.get(i - 1).seq(), "not in sequence order");
        }
        for (LoggedDecision logged : read) {
            assertArrayEquals(LogHashes.entryHash(logged.record()), logged.entryHash());
            assertEquals(logged.id(), logged.decision(codec).id());
            assertEquals(logged.decidedAt(), logged.decision(codec).decidedAt());
            assertEquals(reference, logged.reference());
            assertEquals(64, logged.chainHashHex().length());
            assertEquals(logged.chainHashHex().toLowerCase(), logged.chainHashHex());
            assertEquals(false, logged.decidedAt().isBefore(from));
        }
        LoggedDecision coal = read.get(1);
        assertEquals(TrafficLight.RED, coal.trafficLight());
        assertEquals(true, coal.excluded());
        assertEquals("coal_power", coal.sector());
        assertEquals("PK", coal.country());
        assertEquals("bri-traffic-light", coal.ruleSet().id());
    }

    @Test
    void everyCriterionNarrows() {
        String reference = "READER-" + UUID.randomUUID();
        classify(reference, "KE", "solar_pv");
        String coal = classify(reference, "PK", "coal_power");
        String wind = classify(reference, "KE", "wind_onshore");

        LogFilter mine = new LogFilter(null, null, null, null, null, null, null, null, reference, 0);
        assertEquals(List.of(coal), ids(new LogFilter(null, null, TrafficLight.RED, null, null, null, null, null,
                reference, 0)));
        assertEquals(List.of(coal), ids(new LogFilter(null, null, null, true, null, null, null, null, reference, 0)));
        assertEquals(List.of(coal), ids(new LogFilter(null, null, null, null, null, "PK", null, null, reference, 0)));
        assertEquals(List.of(wind), ids(new LogFilter(null, null, null, null, Sector.WIND_ONSHORE, null, null, null,
                reference, 0)));
        assertEquals(List.of(), ids(new LogFilter(null, null, null, null, null, null, null, "1999.1", reference, 0)));
        assertEquals(3, ids(new LogFilter(null, null, null, null, null, null, "bri-traffic-light", null, reference,
                0)).size());
        long coalSeq = readAll(mine).get(1).seq();
        assertEquals(List.of(wind), ids(mine.after(coalSeq)));
        Instant coalDecidedAt = readAll(mine).get(1).decidedAt();
        assertEquals(List.of(coal, wind), ids(new LogFilter(coalDecidedAt, null, null, null, null, null, null, null,
                reference, 0)));
        assertEquals(List.of(coal), ids(new LogFilter(coalDecidedAt, readAll(mine).get(2).decidedAt(), null, null,
                null, null, null, null, reference, 0)));
        assertEquals(2, reader.first(mine, 2).size());
    }

    @Test
    void readsNewestFirstBeforeASequenceNumberAndOneEntryById() {
        String reference = "READER-" + UUID.randomUUID();
        String solar = classify(reference, "KE", "solar_pv");
        String coal = classify(reference, "PK", "coal_power");
        String wind = classify(reference, "KE", "wind_onshore");
        LogFilter mine = new LogFilter(null, null, null, null, null, null, null, null, reference, 0);

        List<LoggedDecision> newest = reader.newestFirst(mine, Long.MAX_VALUE, 2);
        assertEquals(List.of(wind, coal), newest.stream().map(logged -> logged.id().toString()).toList());
        assertEquals(List.of(solar), reader.newestFirst(mine, newest.get(1).seq(), 2).stream()
                .map(logged -> logged.id().toString()).toList());

        LoggedDecision entry = reader.entry(UUID.fromString(coal)).orElseThrow();
        assertEquals(newest.get(1).seq(), entry.seq());
        assertEquals(newest.get(1).chainHashHex(), entry.chainHashHex());
        assertEquals(newest.get(1).record(), entry.record());
        assertEquals(true, reader.entry(UUID.randomUUID()).isEmpty());
    }

    @Test
    void anExceptionOfTheActionStopsTheReadingAndComesOutAsItIs() {
        String reference = "READER-" + UUID.randomUUID();
        classify(reference, "KE", "solar_pv");
        classify(reference, "KE", "solar_pv");
        IllegalStateException stop = new IllegalStateException("enough");
        List<LoggedDecision> seen = new ArrayList<>();
        LogFilter mine = new LogFilter(null, null, null, null, null, null, null, null, reference, 0);

        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> reader.forEach(mine, logged -> {
            seen.add(logged);
            throw stop;
        }));

        assertSame(stop, thrown);
        assertEquals(1, seen.size());
    }

    @Test
    void readsInsideACallersTransactionToo() {
        String reference = "READER-" + UUID.randomUUID();
        String id = classify(reference, "KE", "solar_pv");
        List<String> read = QuarkusTransaction.requiringNew().call(() -> ids(
                new LogFilter(null, null, null, null, null, null, null, null, reference, 0)));
        assertEquals(List.of(id), read);
    }

    private List<String> ids(LogFilter filter) {
        return readAll(filter).stream().map(logged -> logged.id().toString()).toList();
    }

    private List<LoggedDecision> readAll(LogFilter filter) {
        List<LoggedDecision> read = new ArrayList<>();
        reader.forEach(filter, read::add);
        return read;
    }

    static String classify(String reference, String country, String sector) {
        ObjectNode descriptor = Descriptors.solarPark().put("reference", reference).put("country", country)
                .put("sector", sector);
        return given().contentType(ContentType.JSON).body(descriptor.toString())
                .when().post("/v1/classifications")
                .then().statusCode(201).extract().path("decisionId");
    }
}
