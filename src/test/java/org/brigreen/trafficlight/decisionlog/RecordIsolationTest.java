package org.brigreen.trafficlight.decisionlog;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.brigreen.trafficlight.classification.ClassificationService;
import org.brigreen.trafficlight.classification.Descriptors;
import org.brigreen.trafficlight.decision.Caller;
import org.brigreen.trafficlight.decision.Decision;
import org.brigreen.trafficlight.decision.DecisionLog;
import org.brigreen.trafficlight.decision.RecordRefusedException;
import org.brigreen.trafficlight.decision.Recorded;
import org.brigreen.trafficlight.decision.RecordedDecision;
import org.brigreen.trafficlight.rules.RuleSet;
import org.junit.jupiter.api.Test;
import static org.brigreen.trafficlight.security.Api.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One caller never harms another: a record that PostgreSQL refuses for its content (a NUL character in text) fails
 * alone, and the decisions committed in the same group go on without it. The records are made here, without the HTTP
 * parser, and handed to the decision log itself.
 */
@QuarkusTest
class RecordIsolationTest {

    private static final int CONCURRENT = 400;
    private static final int EVERY_NTH_UNSTORABLE = 40;

    @Inject
    DecisionLog decisionLog;

    @Inject
    ClassificationService classification;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aGroupWithOneUnstorableRecordRecordsAllTheOthersInOrder() throws SQLException {
        String prefix = "ISOLATE-GROUP-" + UUID.randomUUID() + "-";
        List<Decision> group = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            group.add(decision(i == 4 ? prefix + "bad\u0000" : prefix + i));
        }

        Recorded result = decisionLog.appendAll(group, null).join();

        assertEquals(Set.of(group.get(4).id()), refused(group, result));

        List<UUID> recorded = recordedInSeqOrder(prefix);
        List<UUID> expected = new ArrayList<>(group.stream().map(Decision::id).toList());
        expected.remove(4);
        assertEquals(expected, recorded, "the other eight, in the group's order");
    }

    @Test
    void aRecordTooLargeForItsIndexFailsAloneThoughNotADataException() throws SQLException {
        String prefix = "ISOLATE-ROW-" + UUID.randomUUID() + "-";
        StringBuilder tooLargeForTheIndex = new StringBuilder(prefix);
        while (tooLargeForTheIndex.length() < 40_000) {
            tooLargeForTheIndex.append(UUID.randomUUID());
        }
        List<Decision> group = List.of(decision(prefix + 0), decision(tooLargeForTheIndex.toString()),
                decision(prefix + 2));

        Recorded result = decisionLog.appendAll(group, null).join();

        assertEquals(Set.of(group.get(1).id()), refused(group, result));
        assertEquals(List.of(group.get(0).id(), group.get(2).id()), recordedInSeqOrder(prefix));
    }

    @Test
    void concurrentCallersAreRecordedWhateverTheRecordsCommittedBesideThem() throws SQLException {
        String prefix = "ISOLATE-CONCURRENT-" + UUID.randomUUID() + "-";
        List<Decision> decisions = new ArrayList<>();
        for (int i = 0; i < CONCURRENT; i++) {
            decisions.add(decision(i % EVERY_NTH_UNSTORABLE == 7 ? prefix + i + "\u0000" : prefix + i));
        }
        // All at once: they queue behind one another's commits and go in groups.
        List<CompletableFuture<RecordedDecision>> answers = decisions.parallelStream()
                .map(decision -> decisionLog.append(decision, Runnable::run)).toList();

        List<UUID> answered = new ArrayList<>();
        int failedValid = 0;
        for (int i = 0; i < CONCURRENT; i++) {
            boolean storable = !decisions.get(i).descriptor().reference().contains("\u0000");
            try {
                answered.add(answers.get(i).join().decision().id());
                assertTrue(storable, "a record with a NUL character was answered");
            } catch (CompletionException e) {
                failedValid += storable ? 1 : 0;
                if (!storable) {
                    assertInstanceOf(RecordRefusedException.class, e.getCause(), "refused for what it holds: a 400");
                }
            }
        }
        assertEquals(0, failedValid, "valid decisions failed because of a record beside them");
        List<UUID> recorded = recordedInSeqOrder(prefix);
        assertEquals(CONCURRENT - CONCURRENT / EVERY_NTH_UNSTORABLE, recorded.size());
        assertTrue(recorded.containsAll(answered) && answered.containsAll(recorded));
    }

    @Test
    void aClassificationWhoseRecordCannotBeStoredIs400AndNothingIsRecorded() throws SQLException {
        String prefix = "ISOLATE-HTTP-" + UUID.randomUUID();
        // JSON's escape for U+0000: whether the parser or the log refuses it, the caller sent it, so it is a 400.
        String body = Descriptors.solarPark().put("reference", prefix).toString()
                .replace(prefix, prefix + "\\u0000");
        given().contentType(ContentType.JSON).body(body)
                .when().post("/v1/classifications")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-request"))
                .body("errors", not(empty()));
        assertEquals(List.of(), recordedInSeqOrder(prefix));
    }

    /** The ids of the decisions of {@code group} whose records the log refused. */
    private static Set<UUID> refused(List<Decision> group, Recorded result) {
        return group.stream().filter(decision -> result.of(decision).isEmpty()).map(Decision::id)
                .collect(Collectors.toSet());
    }

    private Decision decision(String reference) {
        RuleSet ruleSet = classification.ruleSet(null, null);
        return classification.decide(Descriptors.solarPark(reference), ruleSet,
                new Caller("org-isolation", "lender@org-isolation.example", Caller.LOAN_SCREENING), null);
    }

    private List<UUID> recordedInSeqOrder(String referencePrefix) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select id from decision where starts_with(reference, ?) order by seq")) {
            query.setString(1, referencePrefix);
            List<UUID> ids = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
            return ids;
        }
    }
}
