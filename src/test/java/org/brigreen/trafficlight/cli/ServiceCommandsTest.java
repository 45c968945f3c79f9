package org.brigreen.trafficlight.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.brigreen.trafficlight.audit.Checkpointer;
import org.brigreen.trafficlight.classification.Descriptors;
import org.brigreen.trafficlight.security.Api;
import org.brigreen.trafficlight.security.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.brigreen.trafficlight.security.Api.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code classify}, {@code evaluate}, {@code screen} and {@code verify} against the running service, over HTTP. */
@QuarkusTest
class ServiceCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PORTFOLIO = """
            reference,country,sector,stage,site.protectedArea,site.worldHeritage,site.ramsar,site.kba,site.criticalHabitat,site.nearestSensitiveAreaKm,site.indigenousPeoples,site.conflictAffected,eia.status,eia.standard
            CLI-SCREEN-1,KE,solar_pv,planned,none,none,false,false,no,42.5,false,false,approved,international
            CLI-SCREEN-2,ID,coal_power,planned,,,,,,,,,,
            CLI-SCREEN-3,XX,solar_pv,planned,,,,,,,,,,
            """;

    @TestHTTPResource("/")
    URL service;

    @Inject
    Checkpointer checkpointer;

    @TempDir
    Path folder;

    private String lenderToken;
    private String regulatorToken;

    @BeforeEach
    void tokenFiles() throws IOException {
        lenderToken = write("lender.token", Tokens.lender(Api.ORG));
        regulatorToken = write("regulator.token", Tokens.regulator());
    }

    @Test
    void classifyRecordsTheDecisionAndPrintsTheAnswer() throws IOException {
        String descriptor = write("solar.json", Descriptors.solarPark().put("reference", "CLI-CLASSIFY").toString());

        Cli.Outcome outcome = Cli.run("classify", descriptor, "--version", "2022.1", "--url", service.toString(),
                "--token-file", lenderToken);

        assertEquals(0, outcome.exitCode(), outcome.toString());
        JsonNode answer = JSON.readTree(outcome.out());
        assertEquals("green", answer.path("class").asText(), outcome.out());
        assertEquals("2022.1", answer.at("/ruleSet/version").asText(), outcome.out());
        String decision = answer.path("decisionId").asText();
        assertEquals("green, under bri-traffic-light 2022.1: decision " + decision + ", recorded",
                outcome.err().strip());
        given().when().get("/v1/decisions/" + decision).then().statusCode(200);
    }

    @Test
    void evaluateTakesTheTokenFromTheEnvironmentAndRecordsNothing() throws IOException {
        String descriptor = write("coal.json", Descriptors.solarPark().put("sector", "coal_power").toString());

        Cli.Outcome outcome = Cli.run(Map.of("TRAFFIC_LIGHT_TOKEN", Tokens.lender(Api.ORG)), "evaluate", descriptor,
                "--version", "2026.2", "--url", service.toString());

        assertEquals(0, outcome.exitCode(), outcome.toString());
        JsonNode answer = JSON.readTree(outcome.out());
        assertFalse(answer.path("recorded").asBoolean(true), outcome.out());
        assertFalse(answer.has("decisionId"), outcome.out());
        assertEquals("red, excluded, under bri-traffic-light 2026.2: an evaluation, nothing recorded",
                outcome.err().strip());
    }

    @Test
    void anInvalidDescriptorIsTheServicesProblemInOneLine() throws IOException {
        String descriptor = write("invalid.json", Descriptors.solarPark().put("country", "XX").toString());

        Cli.Outcome outcome = Cli.run("classify", descriptor, "--url", service.toString(), "--token-file",
                lenderToken);

        assertEquals(3, outcome.exitCode(), outcome.toString());
        assertEquals("", outcome.out());
        assertEquals(1, outcome.err().lines().count(), outcome.err());
        assertThat(outcome.err(), startsWith("traffic-light: POST /v1/classifications: 400 Invalid request: The "
                + "project descriptor has 1 invalid field. /country must be an ISO 3166-1 alpha-2 country code"));
    }

    @Test
    void withoutATokenTheCommandLineIsWrong() throws IOException {
        String descriptor = write("solar.json", Descriptors.solarPark().toString());

        Cli.Outcome outcome = Cli.run("classify", descriptor, "--url", service.toString());

        assertEquals(2, outcome.exitCode(), outcome.toString());
        assertThat(outcome.err(), containsString("no token: set the environment variable TRAFFIC_LIGHT_TOKEN or give "
                + "--token-file FILE"));
    }

    @Test
    void aServiceThatCannotBeReachedIsSaidSo() throws IOException {
        String descriptor = write("solar.json", Descriptors.solarPark().toString());

        Cli.Outcome outcome = Cli.run("classify", descriptor, "--url", "http://127.0.0.1:1", "--token-file",
                lenderToken);

        assertEquals(4, outcome.exitCode(), outcome.toString());
        assertThat(outcome.err(), startsWith("traffic-light: the service at http://127.0.0.1:1 cannot be reached"));
    }

    @Test
    void screenWritesEveryResultToTheFileWithAProgressBarAndASummary() throws IOException {
        String portfolio = write("portfolio.csv", PORTFOLIO);
        Path results = folder.resolve("results.ndjson");

        Cli.Outcome outcome = Cli.run("screen", portfolio, "-o", results.toString(), "--url", service.toString(),
                "--token-file", lenderToken);

        assertEquals(1, outcome.exitCode(), "a line was refused: " + outcome);
        List<JsonNode> lines = Files.readAllLines(results).stream().map(ServiceCommandsTest::json).toList();
        assertEquals(3, lines.size(), lines.toString());
        assertEquals("green", lines.get(0).path("class").asText(), lines.toString());
        assertEquals("red", lines.get(1).path("class").asText(), lines.toString());
        assertEquals(4, lines.get(2).path("line").asInt(), lines.toString());
        assertEquals(400, lines.get(2).at("/problem/status").asInt(), lines.toString());
        assertThat(outcome.err(), containsString("[" + "#".repeat(40) + "] 3/3 lines"));
        assertThat(outcome.err(), containsString(": 3 lines: 2 decisions (1 green, 0 amber, 1 red; 1 excluded), "
                + "1 refused; results in " + results));
        String batch = outcome.err().replaceFirst("(?s).*batch (\\S+): .*", "$1").strip();
        given().when().get("/v1/batches/" + batch).then().statusCode(200);
    }

    @Test
    void aPortfolioInNdjsonWhoseLinesAreAllDecidedExitsZero() throws IOException {
        String portfolio = write("portfolio.ndjson", Descriptors.solarPark().put("reference", "CLI-NDJSON-1") + "\n"
                + Descriptors.solarPark().put("reference", "CLI-NDJSON-2") + "\n");
        Path results = folder.resolve("results.ndjson");

        Cli.Outcome outcome = Cli.run(Map.of("TRAFFIC_LIGHT_TOKEN", Tokens.lender(Api.ORG)), "screen", portfolio,
                "--output", results.toString(), "--url", service.toString());

        assertEquals(0, outcome.exitCode(), outcome.toString());
        assertEquals(2, Files.readAllLines(results).size());
        assertThat(outcome.err(), containsString("2 lines: 2 decisions (2 green, 0 amber, 0 red; 0 excluded), "
                + "0 refused"));
    }

    @Test
    void verifyFetchesTheKeyTheCheckpointsAndTheLogAndVerifiesThemAsTheOfflineVerifierDoes() throws IOException {
        String descriptor = write("solar.json", Descriptors.solarPark().put("reference", "CLI-VERIFY").toString());
        assertEquals(0, Cli.run("classify", descriptor, "--url", service.toString(), "--token-file", lenderToken)
                .exitCode());
        checkpointer.checkpointNow().orElseThrow();
        Path evidence = folder.resolve("evidence");

        Cli.Outcome fetched = Cli.run("verify", "--url", service.toString(), "--token-file", regulatorToken, "--keep",
                evidence.toString());

        assertEquals(0, fetched.exitCode(), fetched.toString());
        assertEquals(1, fetched.out().lines().count(), fetched.out());
        assertThat(fetched.out(), startsWith("OK " + evidence.resolve("decisions.ndjson") + ": seq 1 to "));
        assertThat(fetched.out(), containsString("chain from genesis"));

        Path export = evidence.resolve("decisions.ndjson");
        Path tampered = folder.resolve("tampered.ndjson");
        Files.writeString(tampered, Files.readString(export).replaceFirst("CLI-VERIFY", "CLI-VERIFZ"));
        Cli.Outcome fromFiles = Cli.run("verify", "--public-key", evidence.resolve("audit-public-key.pem").toString(),
                "--checkpoints", evidence.resolve("checkpoints-1.json").toString(), "--export", tampered.toString());

        assertEquals(1, fromFiles.exitCode(), fromFiles.toString());
        assertThat(fromFiles.out(), startsWith("FAILED at seq "));
        assertTrue(Files.exists(evidence.resolve("audit-public-key.pem")));
    }

    private String write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8).toString();
    }

    private static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new IllegalStateException(line, e);
        }
    }
}
