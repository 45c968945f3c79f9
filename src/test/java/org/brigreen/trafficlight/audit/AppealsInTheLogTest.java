package org.brigreen.trafficlight.audit;

import static org.brigreen.trafficlight.audit.AuditTestSupport.getJson;
import static org.brigreen.trafficlight.security.Api.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.brigreen.trafficlight.appeal.Appeals;
import org.brigreen.trafficlight.security.Tokens;
import org.brigreen.trafficlight.tlog.OfflineVerifierTest;
import org.brigreen.trafficlight.tlog.OfflineVerifierTest.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The steps of appeals are entries of the log, in the same hash chain as the decisions: the service's verification,
 * the checkpoints and the offline verifier cover them, and a step changed after it was logged is found at its seq.
 */
@QuarkusTest
class AppealsInTheLogTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Checkpointer checkpointer;

    @TempDir
    Path folder;

    @Test
    void appealStepsLieInTheChainBetweenTheDecisionsAndVerifyOnlineAndOffline() throws Exception {
        AuditTestSupport log = new AuditTestSupport(dataSource);
        String enterprise = Tokens.enterprise("appeal-audit");
        String appealed = Appeals.amberDecision(enterprise, "APPEAL-AUDIT");
        String appealId = Appeals.json(Appeals.file(enterprise, appealed, Appeals.filing("EIA approved.",
                "APPEAL-AUDIT")), 201).get("appealId").asText();
        JsonNode upheld = Appeals.json(Appeals.rule(Tokens.regulator(), appealId, "upheld", "Letter shown."), 200);
        String after = Appeals.amberDecision(enterprise, "APPEAL-AUDIT-AFTER");
        long first = log.seqOf(appealed);
        long treeSize = checkpointer.checkpointNow().orElseThrow().treeSize();

        JsonNode verified = given().when().post("/v1/audit/verify?from=" + first).then().statusCode(200)
                .extract().as(JsonNode.class);
        assertTrue(verified.get("intact").asBoolean(), verified.toString());
        assertEquals(treeSize - first + 1, verified.get("recordsChecked").asLong(), verified.toString());

        Path export = log.regulatorExport(first, folder.resolve("log.ndjson"));
        List<JsonNode> lines = Files.readAllLines(export).stream().map(AuditTestSupport::json).toList();
        assertEquals(LongStream.rangeClosed(first, first + 4).boxed().toList(),
                lines.stream().map(line -> line.get("seq").asLong()).toList(), "a gapless stretch of the log");
        assertEquals(appealed, lines.get(0).get("decisionId").asText());
        assertEquals(List.of("appeal_filed", "", "appeal_upheld", ""), lines.subList(1, 5).stream()
                .map(line -> AuditTestSupport.json(line.get("record").asText()).path("kind").asText()).toList());
        assertEquals(upheld.get("newDecisionId").asText(), lines.get(2).get("decisionId").asText());
        assertEquals(appealed, lines.get(2).get("supersedes").asText(), "the new decision names the one it replaces");
        assertEquals(after, lines.get(4).get("decisionId").asText());
        assertEquals(upheld.at("/steps/1/entryHash").asText(), lines.get(3).get("entryHash").asText());

        List<String> publicFiles = new ArrayList<>(AuditTestSupport.publicKeyFile(folder));
        publicFiles.addAll(AuditTestSupport.checkpointFiles(folder, "checkpoints", "--checkpoints"));
        Outcome honest = offline(publicFiles, export);
        assertEquals(0, honest.exitCode(), honest.out() + honest.err());

        long filedSeq = first + 1;
        String text = Files.readString(export);
        Path changed = Files.writeString(folder.resolve("changed.ndjson"),
                text.replace("EIA approved.", "EIA approved!"));
        Outcome tampered = offline(publicFiles, changed);
        assertEquals(1, tampered.exitCode(), tampered.out());
        assertTrue(tampered.out().startsWith("FAILED at seq " + filedSeq + " "), tampered.out());
        assertTrue(tampered.out().contains("record hash mismatch"), tampered.out());

        JsonNode proof = getJson("/v1/decisions/" + upheld.get("newDecisionId").asText() + "/proof?treeSize="
                + treeSize);
        assertEquals(first + 2 - 1, proof.get("leafIndex").asLong(), proof.toString());
    }

    @Test
    void anAppealStepChangedInTheDatabaseIsFoundAtItsSeq() throws Exception {
        AuditTestSupport log = new AuditTestSupport(dataSource);
        String enterprise = Tokens.enterprise("appeal-tamper");
        String appealed = Appeals.amberDecision(enterprise, "APPEAL-TAMPER");
        Appeals.json(Appeals.file(enterprise, appealed, Appeals.filing("Tamper with me.", "APPEAL-TAMPER")), 201);
        Appeals.amberDecision(enterprise, "APPEAL-TAMPER-AFTER");
        long step = log.seqOf(appealed) + 1;
        checkpointer.checkpointNow();

        log.tamper("appeal_step", connection -> AuditTestSupport.execute(connection,
                "update appeal_step set record = replace(record, 'Tamper with me.', 'Nothing to see.') where seq = ?",
                step));
        try {
            JsonNode report = given().when().post("/v1/audit/verify?from=" + (step - 1) + "&to=" + (step + 1))
                    .then().statusCode(200).extract().as(JsonNode.class);
            assertEquals(step, report.at("/firstFailure/seq").asLong(), report.toString());
            assertEquals("record_hash_mismatch", report.at("/firstFailure/reason").asText(), report.toString());
        } finally {
            log.tamper("appeal_step", connection -> AuditTestSupport.execute(connection,
                    "update appeal_step set record = replace(record, 'Nothing to see.', 'Tamper with me.') "
                            + "where seq = ?", step));
        }
        JsonNode again = given().when().post("/v1/audit/verify?from=" + (step - 1) + "&to=" + (step + 1))
                .then().statusCode(200).extract().as(JsonNode.class);
        assertTrue(again.get("intact").asBoolean(), again.toString());
    }

    private static Outcome offline(List<String> publicFiles, Path export) {
        List<String> arguments = new ArrayList<>(publicFiles);
        arguments.add("--export");
        arguments.add(export.toString());
        return OfflineVerifierTest.run(arguments.toArray(String[]::new));
    }
}
