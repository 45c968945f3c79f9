package org.brigreen.trafficlight.decisionlog;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.brigreen.trafficlight.classification.Descriptors;
import org.brigreen.trafficlight.decision.Decision;
import org.brigreen.trafficlight.decision.DecisionLogUnavailableException;
import org.brigreen.trafficlight.decision.DescriptorParser;
import org.brigreen.trafficlight.decision.DescriptorSchema;
import org.brigreen.trafficlight.decision.ProjectDescriptor;
import org.brigreen.trafficlight.decision.Recorded;
import org.brigreen.trafficlight.decision.TimeOrderedIds;
import org.brigreen.trafficlight.rules.RuleEngine;
import org.brigreen.trafficlight.rules.RuleSet;
import org.brigreen.trafficlight.rules.RuleSetCatalog;
import org.brigreen.trafficlight.tlog.LogHashes;
import org.junit.jupiter.api.Test;
import static org.brigreen.trafficlight.security.Api.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The log is append-only, gapless and one chain, even with two writers appending at once; an append handed over after
 * one that failed is not recorded.
 */
@QuarkusTest
class DecisionLogChainTest {

    private static final int WRITERS = 2;
    private static final int THREADS_PER_WRITER = 4;
    private static final int DECISIONS_PER_THREAD = 100;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    DecisionRecordV1 codec;

    @Inject
    DescriptorParser descriptors;

    @Inject
    RuleSetCatalog catalog;

    @Test
    void theDatabaseRefusesToChangeOrRemoveARecord() throws SQLException {
        String id = given().contentType(ContentType.JSON).body(Descriptors.solarPark().toString())
                .when().post("/v1/classifications").then().statusCode(201).extract().path("decisionId");
        for (String change : List.of(
                "update decision set traffic_light = 'red' where id = '" + id + "'",
                "delete from decision where id = '" + id + "'",
                "truncate decision")) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                SQLException refused = assertThrows(SQLException.class, () -> statement.execute(change), change);
                assertThat(refused.getMessage(), containsString("append-only"));
            }
        }
        given().when().get("/v1/decisions/" + id).then().statusCode(200);
    }

    @Test
    void twoWritersAppendingAtOnceKeepOneGaplessValidChain() throws Exception {
        List<ChainedDecisionLog> writers = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            writers.add(new ChainedDecisionLog(dataSource, codec, new LogMetrics(new SimpleMeterRegistry()),
                    Duration.ofSeconds(30), 50));
        }
        Map<UUID, Integer> writerOf = new ConcurrentHashMap<>();
        ExecutorService callers = Executors.newFixedThreadPool(WRITERS * THREADS_PER_WRITER);
        try {
            List<Future<?>> appends = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                for (int t = 0; t < THREADS_PER_WRITER; t++) {
                    appends.add(callers.submit(() -> {
                        for (int n = 0; n < DECISIONS_PER_THREAD; n++) {
                            Decision decision = decision();
                            writers.get(writer).append(decision, Runnable::run).join();
                            writerOf.put(decision.id(), writer);
                        }
                        return null;
                    }));
                }
            }
            for (Future<?> append : appends) {
                append.get();
            }
        } finally {
            callers.shutdownNow();
            writers.forEach(ChainedDecisionLog::stop);
        }

        List<Row> rows = rowsFromTheFirstOf(writerOf.keySet());
        List<Row> ours = rows.stream().filter(row -> writerOf.containsKey(row.id())).toList();
        assertEquals(WRITERS * THREADS_PER_WRITER * DECISIONS_PER_THREAD, ours.size());
        for (int i = 1; i < rows.size(); i++) {
            Row previous = rows.get(i - 1);
            Row row = rows.get(i);
            assertEquals(previous.seq() + 1, row.seq(), "gap after seq " + previous.seq());
            assertArrayEquals(LogHashes.entryHash(row.record()), row.entryHash(), "entry hash of seq " + row.seq());
            assertArrayEquals(LogHashes.chainHash(previous.chainHash(), row.entryHash()), row.chainHash(),
                    "chain hash of seq " + row.seq());
        }
        long switches = 0;
        for (int i = 1; i < ours.size(); i++) {
            switches += writerOf.get(ours.get(i).id()).equals(writerOf.get(ours.get(i - 1).id())) ? 0 : 1;
        }
        assertTrue(switches > 0, "the two writers never interleaved, so the test proved nothing");
    }

    @Test
    void decisionsHandedOverAfterAFailedAppendAreNotRecorded() {
        ChainedDecisionLog log = new ChainedDecisionLog(dataSource, codec, new LogMetrics(new SimpleMeterRegistry()),
                Duration.ofSeconds(30), 50);
        try {
            Decision first = decision();
            Decision second = decision();
            Decision afterFailure = decision();
            CompletableFuture<Recorded> firstRecorded = log.appendAll(List.of(first), null);
            log.appendAll(List.of(second), firstRecorded).join();
            CompletableFuture<Recorded> failed = CompletableFuture.failedFuture(new IllegalStateException("not recorded"));
            CompletionException refused = assertThrows(CompletionException.class,
                    () -> log.appendAll(List.of(afterFailure), failed).join());

            assertInstanceOf(DecisionLogUnavailableException.class, refused.getCause());
            assertTrue(log.find(first.id()).isPresent(), "the first append is recorded");
            assertTrue(log.find(second.id()).isPresent(), "an append after a recorded one is recorded");
            assertTrue(log.find(afterFailure.id()).isEmpty(), "an append after a failed one is not recorded");
        } finally {
            log.stop();
        }
    }

    private Decision decision() {
        ProjectDescriptor descriptor = descriptors.parse(Descriptors.solarPark().toString().getBytes());
        RuleSet ruleSet = catalog.select(null, null, LocalDate.now(ZoneOffset.UTC));
        return new Decision(TimeOrderedIds.next(),
                Instant.now().truncatedTo(ChronoUnit.MICROS), descriptor, ruleSet.ref(),
                RuleEngine.assess(ruleSet, DescriptorSchema.PROJECT.facts(descriptor)), null, null, null, null);
    }

    private record Row(long seq, UUID id, String record, byte[] entryHash, byte[] chainHash) {
    }

    /** The log from the row before the first of {@code ids} to the end, in sequence order. */
    private List<Row> rowsFromTheFirstOf(java.util.Set<UUID> ids) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("""
                        select seq, id, record, entry_hash, chain_hash from decision
                        where seq >= (select min(seq) - 1 from decision where id = any (?)) order by seq""")) {
            query.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            List<Row> rows = new ArrayList<>();
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    rows.add(new Row(result.getLong(1), result.getObject(2, UUID.class), result.getString(3),
                            result.getBytes(4), result.getBytes(5)));
                }
            }
            return rows;
        }
    }
}
