package org.brigreen.trafficlight.decisionlog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.brigreen.trafficlight.decision.Decision;
import org.brigreen.trafficlight.decision.DescriptorSchema;
import org.brigreen.trafficlight.rules.RuleEngine;
import org.brigreen.trafficlight.rules.RuleSet;
import org.brigreen.trafficlight.rules.RuleSetCatalog;
import org.brigreen.trafficlight.tlog.LogHashes;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Records logged by an earlier build still read, re-encode and replay exactly: the record format and the engine's
 * behaviour for a version never change under a recorded decision. The sample is an NDJSON export of the log of a
 * service run on 2026-12-03 (131 decisions: both published versions, lenders and an enterprise, single decisions and
 * a batch, text outside ASCII); it is evidence, and is never regenerated.
 */
@QuarkusTest
class RecordFormatTest {

    private static final String SAMPLE = "/records/decisions-2026-12-03.ndjson";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    DecisionRecordV1 codec;

    @Inject
    RuleSetCatalog catalog;

    @Test
    void theSampleIsTheWholeLogAsItWasHashed() throws IOException {
        List<JsonNode> lines = sample();
        assertEquals(131, lines.size());
        byte[] chainHash = LogHashes.GENESIS;
        for (JsonNode line : lines) {
            byte[] entryHash = LogHashes.entryHash(line.get("record").textValue());
            assertEquals(line.get("entryHash").textValue(), HexFormat.of().formatHex(entryHash));
            chainHash = LogHashes.chainHash(chainHash, entryHash);
            assertEquals(line.get("chainHash").textValue(), HexFormat.of().formatHex(chainHash));
        }
        Set<String> versions = new TreeSet<>();
        lines.forEach(line -> versions.add(line.at("/ruleSet/version").textValue()));
        assertEquals(Set.of("2021.2", "2022.1"), versions);
        assertTrue(lines.stream().anyMatch(line -> line.hasNonNull("batchId")), "the sample holds a batch");
    }

    @Test
    void everyRecordedDecisionReEncodesByteForByte() throws IOException {
        List<String> changed = new ArrayList<>();
        for (JsonNode line : sample()) {
            String record = line.get("record").textValue();
            if (!codec.canonical(codec.decode(record)).equals(record)) {
                changed.add(line.get("decisionId").textValue());
            }
        }
        assertEquals(List.of(), changed);
    }

    @Test
    void everyRecordedDecisionIsReproducedByTheVersionThatDecidedIt() throws IOException {
        List<String> notReproduced = new ArrayList<>();
        for (JsonNode line : sample()) {
            String record = line.get("record").textValue();
            Decision decision = codec.decode(record);
            RuleSet ruleSet = catalog.find(decision.ruleSet().id(), decision.ruleSet().version()).orElseThrow();
            Decision replayed = decision.reassessed(ruleSet.ref(), null,
                    RuleEngine.assess(ruleSet, DescriptorSchema.PROJECT.facts(decision.descriptor())));
            if (!codec.canonical(replayed).equals(record)) {
                notReproduced.add(decision.id().toString());
            }
        }
        assertEquals(List.of(), notReproduced);
    }

    private static List<JsonNode> sample() throws IOException {
        try (InputStream in = RecordFormatTest.class.getResourceAsStream(SAMPLE)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<JsonNode> lines = new ArrayList<>();
            for (String line : text.split("\n")) {
                lines.add(JSON.readTree(line));
            }
            return lines;
        }
    }
}
