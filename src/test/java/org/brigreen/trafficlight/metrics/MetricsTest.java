package org.brigreen.trafficlight.metrics;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.brigreen.trafficlight.classification.Descriptors;
import org.brigreen.trafficlight.rules.ShippedVersions;
import org.brigreen.trafficlight.security.Api;
import org.junit.jupiter.api.Test;
import static org.brigreen.trafficlight.security.Api.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** The service's metrics in Prometheus' text format at /q/metrics, open to the monitoring system without a token. */
@QuarkusTest
class MetricsTest {

    /** The version that decides when none is asked for. */
    private static final String IN_EFFECT = ShippedVersions.inEffect(LocalDate.now(ZoneOffset.UTC)).orElseThrow();

    private static final String GREEN_DECISIONS = Pattern.quote("traffic_light_decisions_total{class=\"green\"}");
    private static final String BATCHES = Pattern.quote("traffic_light_batch_lines_descriptors_count");
    private static final String BATCH_LINES = Pattern.quote("traffic_light_batch_lines_descriptors_sum");

    @Test
    void decisionsAreCountedPerClassAsTheyAreRecorded() {
        double before = value(metrics(), GREEN_DECISIONS);
        classifyGreen();
        classifyGreen();
        assertThat(value(metrics(), GREEN_DECISIONS), equalTo(before + 2));
    }

    @Test
    void batchSizesAreMeasured() {
        String before = metrics();
        String line = Descriptors.solarPark().toString();
        byte[] threeLines = (line + "\n" + line + "\n" + line).getBytes(StandardCharsets.UTF_8);
        given().contentType("application/x-ndjson").body(threeLines)
                .when().post("/v1/classifications/batch").then().statusCode(201);
        String after = metrics();
        assertThat(value(after, BATCHES), equalTo(value(before, BATCHES) + 1));
        assertThat(value(after, BATCH_LINES), equalTo(value(before, BATCH_LINES) + 3));
    }

    @Test
    void requestLatencyAndLogCommitsAreHistograms() {
        classifyGreen();
        String metrics = metrics();
        assertThat(metrics, containsString("http_server_requests_seconds_bucket{method=\"POST\""));
        assertThat(metrics, containsString("uri=\"/v1/classifications\""));
        assertThat(metrics, containsString("traffic_light_decision_log_commit_seconds_bucket{le="));
        assertThat(metrics, containsString("traffic_light_decision_log_group_size_decisions_bucket{le="));
    }

    @Test
    void theRuleSetVersionInUseIsTheOneWithValueOne() {
        String metrics = metrics();
        assertThat(value(metrics, inUse(IN_EFFECT)), equalTo(1.0));
        assertThat(value(metrics, inUse("2021.2")), equalTo(0.0));
    }

    private static String inUse(String version) {
        return Pattern.quote("traffic_light_rule_set_in_use{digest=\"sha256:") + "[0-9a-f]{64}"
                + Pattern.quote("\",ruleset=\"bri-traffic-light\",version=\"" + version + "\"}");
    }

    private static void classifyGreen() {
        given().contentType(ContentType.JSON).body(Descriptors.solarPark().toString())
                .when().post("/v1/classifications")
                .then().statusCode(201).body("class", equalTo("green"));
    }

    private static String metrics() {
        return Api.anonymous().when().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The value of the series that {@code series} (a regular expression) matches; 0 while there is none. */
    private static double value(String metrics, String series) {
        Matcher matcher = Pattern.compile("^" + series + " (\\S+)$", Pattern.MULTILINE).matcher(metrics);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }
}
