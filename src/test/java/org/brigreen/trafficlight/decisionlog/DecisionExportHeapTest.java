package org.brigreen.trafficlight.decisionlog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.brigreen.trafficlight.classification.Descriptors;
import org.brigreen.trafficlight.security.Tokens;
import org.brigreen.trafficlight.tlog.LogHashes;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import static org.brigreen.trafficlight.security.Api.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The export streams: 100,000 records (some 220 MB of NDJSON, more as Java objects) go out while the heap stays
 * flat. The service runs in this JVM, so its heap is measured here. Measured: 1 to 2 MB of growth; an export that
 * collects the records before writing them grows it by some 370 MB.
 */
@QuarkusTest
class DecisionExportHeapTest {

    private static final Logger LOG = Logger.getLogger(DecisionExportHeapTest.class);
    private static final int RECORDS = 100_000;
    /** Far below what buffering the export would take (hundreds of MB), far above a cursor's few fetched rows. */
    private static final long HEAP_GROWTH_BOUND = 64L * 1024 * 1024;
    private static final long SAMPLE_EVERY_MILLIS = 250;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HexFormat HEX = HexFormat.of();

    @Inject
    AgroalDataSource dataSource;

    @Inject
    DecisionRecordV1 codec;

    @Inject
    DecisionLogReader reader;

    @TestHTTPResource("/v1/decisions")
    URL decisions;

    @Test
    void anExportOf100000RecordsStreamsWithABoundedHeap() throws Exception {
        String run = "HEAP-" + UUID.randomUUID();
        long seedingStarted = System.nanoTime();
        LogSeeder.Seeded seeded = new LogSeeder(dataSource, codec).seed(template(run), run + "-", RECORDS);
        LOG.infof("Seeded %d log records in %d ms", RECORDS, (System.nanoTime() - seedingStarted) / 1_000_000);

        HeapSampler heap = new HeapSampler();
        long exportStarted = System.nanoTime();
        long[] linesAndBytes = heap.during(() -> readAndVerifyExport(seeded));
        long growth = heap.peakGrowth();
        LOG.infof("Exported %d records (%d MB) in %d ms; live heap grew by at most %d MB (bound %d MB)",
                linesAndBytes[0], linesAndBytes[1] >> 20, (System.nanoTime() - exportStarted) / 1_000_000,
                growth >> 20, HEAP_GROWTH_BOUND >> 20);

        assertEquals(RECORDS, linesAndBytes[0]);
        assertTrue(linesAndBytes[1] > 2 * HEAP_GROWTH_BOUND, "the export must be far larger than the bound");
        assertTrue(growth < HEAP_GROWTH_BOUND, "the live heap grew by " + (growth >> 20) + " MB during the export, "
                + "more than " + (HEAP_GROWTH_BOUND >> 20) + " MB: the export is not streamed");
        assertTheWholeLogVerifiesFromGenesis();
    }

    /**
     * The seeded records are real entries of the one chain, with the steps of appeals between the decisions: later
     * verifications of the whole log still pass.
     */
    private void assertTheWholeLogVerifiesFromGenesis() {
        byte[][] chainHash = {LogHashes.GENESIS};
        long[] expectedSeq = {1};
        reader.forEachEntry(LogFilter.all(),
                logged -> follow(logged.seq(), logged.record(), logged.entryHash(), logged.chainHash(), chainHash,
                        expectedSeq),
                step -> follow(step.seq(), step.record(), step.entryHash(), step.chainHash(), chainHash, expectedSeq));
    }

    private static void follow(long seq, String record, byte[] storedEntryHash, byte[] storedChainHash,
            byte[][] chainHash, long[] expectedSeq) {
        assertEquals(expectedSeq[0]++, seq, "the sequence has a gap");
        byte[] entryHash = LogHashes.entryHash(record);
        assertArrayEquals(entryHash, storedEntryHash, "entry hash of " + seq);
        chainHash[0] = LogHashes.chainHash(chainHash[0], entryHash);
        assertArrayEquals(chainHash[0], storedChainHash, "chain hash of " + seq);
    }

    @Test
    void aLargeLogIsPagedByTheDefaultLimit() throws Exception {
        String run = "PAGED-" + UUID.randomUUID();
        LogSeeder.Seeded seeded = new LogSeeder(dataSource, codec).seed(template(run), run + "-", 250);
        JsonPath page = JsonPath.from(given().queryParam("from", seeded.from().toString())
                .when().get("/v1/decisions").then().statusCode(200).extract().asString());
        assertEquals(100, page.getList("items").size());
        assertEquals(seeded.firstSeq(), page.getLong("items[0].seq"));
        assertEquals(seeded.firstSeq() + 99, page.getLong("items[99].seq"));
        assertNotNull(page.getString("next"));
    }

    /** A real decision, recorded under a reference unique to this run, as the log keeps it. */
    private String template(String run) {
        String reference = run + "-template";
        given().contentType(ContentType.JSON).body(Descriptors.solarPark().put("reference", reference).toString())
                .when().post("/v1/classifications").then().statusCode(201);
        StringBuilder record = new StringBuilder();
        reader.forEach(new LogFilter(null, null, null, null, null, null, null, null, reference, 0),
                logged -> record.append(logged.record()));
        return record.toString();
    }

    /**
     * Reads the export line by line, as a client that does not hold it, checking each line's hashes and its link to
     * the line before, starting from the chain head before the seeded records. Returns lines and bytes read. The JDK's
     * HttpClient reads from the socket only as the body is consumed (HttpURLConnection would pull whatever the kernel
     * has buffered, tens of MB on loopback, into this same heap).
     */
    private long[] readAndVerifyExport(LogSeeder.Seeded seeded) throws Exception {
        URI uri = URI.create(decisions + "?from=" + encode(seeded.from()) + "&to=" + encode(seeded.to()));
        HttpRequest request = HttpRequest.newBuilder(uri).header("Accept", DecisionExport.NDJSON)
                .header("Authorization", "Bearer " + Tokens.regulator()).build();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        long lines = 0;
        long bytes = 0;
        byte[] chainHash = seeded.chainHashBefore();
        try (BufferedReader body = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            for (String line = body.readLine(); line != null; line = body.readLine()) {
                JsonNode exported = JSON.readTree(line);
                assertEquals(seeded.firstSeq() + lines, exported.get("seq").asLong());
                byte[] entryHash = LogHashes.entryHash(exported.get("record").asText());
                chainHash = LogHashes.chainHash(chainHash, entryHash);
                assertArrayEquals(chainHash, HEX.parseHex(exported.get("chainHash").asText()));
                lines++;
                bytes += line.length() + 1;
            }
        }
        return new long[] {lines, bytes};
    }

    private static String encode(Object value) {
        return URLEncoder.encode(value.toString(), StandardCharsets.UTF_8);
    }

    /**
     * The live heap, sampled on a background thread: each sample forces a full collection and reads what the
     * collector itself measured when it ended, so that it counts what is held, and not garbage allocated since by
     * the threads still exporting (on a busy machine, the sampler may run only tens of milliseconds later).
     */
    private static final class HeapSampler {

        private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported())
                .toList();
        private final AtomicLong peak = new AtomicLong();
        private long baseline;

        interface Work<T> {
            T run() throws Exception;
        }

        <T> T during(Work<T> work) throws Exception {
            baseline = liveHeap();
            AtomicBoolean done = new AtomicBoolean();
            Thread sampler = new Thread(() -> {
                while (!done.get()) {
                    peak.accumulateAndGet(liveHeap(), Math::max);
                    try {
                        Thread.sleep(SAMPLE_EVERY_MILLIS);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            sampler.start();
            try {
                return work.run();
            } finally {
                done.set(true);
                sampler.join();
            }
        }

        long peakGrowth() {
            return Math.max(0, peak.get() - baseline);
        }

        private long liveHeap() {
            System.gc();
            return heapPools.stream().mapToLong(pool -> pool.getCollectionUsage().getUsed()).sum();
        }
    }
}
