package org.brigreen.trafficlight.batch;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.brigreen.trafficlight.classification.ClassificationService;
import org.brigreen.trafficlight.classification.Descriptors;
import org.brigreen.trafficlight.decision.Caller;
import org.brigreen.trafficlight.decision.DescriptorParser;
import org.brigreen.trafficlight.decision.TimeOrderedIds;
import org.brigreen.trafficlight.rules.RuleSet;
import org.brigreen.trafficlight.security.Api;
import org.junit.jupiter.api.Test;
import static org.brigreen.trafficlight.batch.BatchLines.results;
import static org.brigreen.trafficlight.security.Api.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A batch line whose record PostgreSQL refuses (a NUL character in its reference) is a problem line of its own; the
 * lines around it, in its chunk and after, are recorded. The lines are made here, without the HTTP parser.
 */
@QuarkusTest
class UnstorableLineTest {

    private static final int LINES = 2_500;
    private static final int UNSTORABLE_LINE = 1_500;

    @Inject
    PortfolioScreening screening;

    @Inject
    ClassificationService classification;

    @Inject
    DescriptorParser parser;

    @Test
    void aLineWhoseRecordCannotBeStoredIsRefusedAloneAndTheBatchGoesOn() throws IOException {
        RuleSet ruleSet = classification.ruleSet(null, null);
        Batch batch = screening.start(TimeOrderedIds.next(), new Caller(Api.ORG, "lender@org-test.example", Caller.LOAN_SCREENING), ruleSet,
                LINES);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        screening.screen(batch, ruleSet, new SolarParks(parser), out);

        List<JsonNode> results = results(out.toString(StandardCharsets.UTF_8));
        assertEquals(LINES, results.size(), "every line is answered");
        for (int i = 0; i < LINES; i++) {
            JsonNode result = results.get(i);
            assertEquals(i + 1, result.get("line").asInt());
            assertEquals(i + 1 != UNSTORABLE_LINE, result.has("decisionId"), result.toString());
        }
        JsonNode problem = results.get(UNSTORABLE_LINE - 1).get("problem");
        assertEquals(400, problem.get("status").asInt(), problem.toString());
        assertTrue(problem.get("detail").asText().startsWith("Line " + UNSTORABLE_LINE + ": "), problem.toString());
        assertFalse(problem.toString().contains("PSQL"), "no internal detail: " + problem);

        given().when().get("/v1/batches/" + batch.id()).then().statusCode(200)
                .body("status", equalTo("completed"))
                .body("decided", equalTo(LINES - 1))
                .body("errors", equalTo(1));
    }

    /** Valid descriptors, but for the one whose reference holds a NUL character. */
    private static final class SolarParks extends BatchBody {

        private int next = 1;

        SolarParks(DescriptorParser parser) {
            super(parser, BatchResource.PATH);
        }

        @Override
        public int size() {
            return LINES;
        }

        @Override
        public boolean hasNext() {
            return next <= LINES;
        }

        @Override
        public UnreadLine next() {
            int number = next++;
            String reference = number == UNSTORABLE_LINE ? "UNSTORABLE-\u0000" : "STORABLE-" + number;
            return () -> BatchLine.of(number, Descriptors.solarPark(reference));
        }
    }
}
