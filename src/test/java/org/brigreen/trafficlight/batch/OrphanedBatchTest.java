package org.brigreen.trafficlight.batch;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.brigreen.trafficlight.classification.ClassificationService;
import org.brigreen.trafficlight.classification.Descriptors;
import org.brigreen.trafficlight.decision.Caller;
import org.brigreen.trafficlight.decision.Decision;
import org.brigreen.trafficlight.decision.DecisionLog;
import org.brigreen.trafficlight.rules.RuleSet;
import org.brigreen.trafficlight.security.Api;
import org.junit.jupiter.api.Test;
import static org.brigreen.trafficlight.security.Api.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * A batch left running by a service instance that is gone becomes incomplete when an instance starts, with the
 * decisions it recorded; a batch of an instance that is alive (one that holds its writer's lock) goes on running.
 */
@QuarkusTest
class OrphanedBatchTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int RECORDED_BEFORE_THE_STOP = 3;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    BatchWriter writer;

    @Inject
    ClassificationService classification;

    @Inject
    DecisionLog decisionLog;

    @Test
    void runningBatchesWhoseWriterIsGoneBecomeIncompleteAndTheOthersRunOn() throws SQLException {
        UUID ofAStoppedInstance = running(RANDOM.nextLong());
        UUID fromBeforeWriters = running(null);
        UUID ofThisInstance = running(writer.id());
        long otherInstance = RANDOM.nextLong();
        try (Connection otherInstanceSession = dataSource.getConnection()) {
            advisoryLock(otherInstanceSession, "select pg_advisory_lock(?)", otherInstance);
            UUID ofAnotherLiveInstance = running(otherInstance);
            recordDecisions(ofAStoppedInstance);
            try {
                writer.abandonOrphans();

                assertIncomplete(ofAStoppedInstance, RECORDED_BEFORE_THE_STOP);
                assertIncomplete(fromBeforeWriters, 0);
                assertRunning(ofThisInstance);
                assertRunning(ofAnotherLiveInstance);
            } finally {
                execute("update batch set status = 'completed', finished_at = now(), errors = 0 where id = any(?)",
                        ofThisInstance, ofAnotherLiveInstance);
                // The session goes back to the pool: without the lock.
                advisoryLock(otherInstanceSession, "select pg_advisory_unlock(?)", otherInstance);
            }
        }
    }

    private static void assertIncomplete(UUID batch, int decided) {
        given().when().get("/v1/batches/" + batch).then().statusCode(200)
                .body("status", equalTo("incomplete"))
                .body("detail", equalTo(BatchWriter.STOPPED))
                .body("finishedAt", notNullValue())
                .body("decided", equalTo(decided))
                .body("errors", nullValue());
    }

    private static void assertRunning(UUID batch) {
        given().when().get("/v1/batches/" + batch).then().statusCode(200)
                .body("status", equalTo("running"))
                .body("finishedAt", nullValue());
    }

    /** A batch as its writer records it at its start. */
    private UUID running(Long writerId) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        insert into batch (id, org, subject, purpose, ruleset_id, ruleset_version, ruleset_digest,
                                           received_at, lines, status, writer)
                        values (?, ?, 'lender@org-test.example', 'loan_screening', 'bri-traffic-light', '2022.1',
                                'sha256:0', now(), 10, 'running', ?)""")) {
            insert.setObject(1, id);
            insert.setString(2, Api.ORG);
            if (writerId == null) {
                insert.setNull(3, Types.BIGINT);
            } else {
                insert.setLong(3, writerId);
            }
            insert.executeUpdate();
        }
        return id;
    }

    private void recordDecisions(UUID batch) {
        RuleSet ruleSet = classification.ruleSet(null, null);
        Caller caller = new Caller(Api.ORG, "lender@org-test.example", Caller.LOAN_SCREENING);
        List<Decision> decisions = new ArrayList<>();
        IntStream.range(0, RECORDED_BEFORE_THE_STOP).forEach(i -> decisions.add(
                classification.decide(Descriptors.solarPark("ORPHAN-" + i), ruleSet, caller, batch)));
        decisionLog.appendAll(decisions, null).join();
    }

    private static void advisoryLock(Connection session, String sql, long key) throws SQLException {
        try (PreparedStatement statement = session.prepareStatement(sql)) {
            statement.setLong(1, key);
            statement.execute();
        }
    }

    private void execute(String sql, UUID... ids) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, connection.createArrayOf("uuid", ids));
            statement.execute();
        }
    }
}
