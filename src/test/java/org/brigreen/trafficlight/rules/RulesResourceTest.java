package org.brigreen.trafficlight.rules;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import static org.brigreen.trafficlight.security.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class RulesResourceTest {

    @Test
    void listsBothVersionsWithDigestsAndTheDefault() {
        given().when().get("/v1/rulesets")
                .then().statusCode(200)
                .body("version", org.hamcrest.Matchers.contains("2021.2", "2022.1"))
                .body("digest", everyItem(matchesPattern("sha256:[0-9a-f]{64}")))
                .body("find { it.version == '2022.1' }.isDefault", equalTo(true))
                .body("find { it.version == '2021.2' }.isDefault", equalTo(false))
                .body("find { it.version == '2022.1' }.effectiveFrom", equalTo("2022-03-28"))
                .body("status", everyItem(equalTo("published")));
    }

    @Test
    void showsEachRuleWithItsCitationAndCondition() {
        given().when().get("/v1/rulesets/bri-traffic-light/versions/2022.1")
                .then().statusCode(200)
                .body("summary.version", equalTo("2022.1"))
                .body("rules.id", hasItem("coal.new-power"))
                .body("rules.citation.source", everyItem(notNullValue()))
                .body("rules.find { it.id == 'coal.new-power' }.when", containsString("params.coalCutoff"))
                .body("manifest.parameters.coalCutoff.value", equalTo("2021-09-21"));
    }

    @Test
    void anUnknownVersionIsNotFound() {
        given().when().get("/v1/rulesets/bri-traffic-light/versions/1999.1")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("2021.2"));
    }
}
