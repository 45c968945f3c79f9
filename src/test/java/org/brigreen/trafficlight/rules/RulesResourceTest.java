package org.brigreen.trafficlight.rules;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.brigreen.trafficlight.security.Api.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class RulesResourceTest {

    @Test
    void listsEveryVersionOfItsFolderWithItsDigestStatusAndTheDefault() {
        List<ShippedVersions.Version> versions = ShippedVersions.all();
        String inEffect = ShippedVersions.inEffect(LocalDate.now(ZoneOffset.UTC)).orElseThrow();
        ValidatableResponse listed = given().when().get("/v1/rulesets")
                .then().statusCode(200)
                .body("version", contains(versions.stream().map(ShippedVersions.Version::version).toArray()))
                .body("digest", everyItem(matchesPattern("sha256:[0-9a-f]{64}")))
                .body("findAll { it.isDefault }.version", contains(inEffect));
        for (ShippedVersions.Version version : versions) {
            String entry = "find { it.version == '" + version.version() + "' }.";
            listed.body(entry + "status", equalTo(version.status()))
                    .body(entry + "effectiveFrom", equalTo(version.effectiveFrom().toString()));
        }
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
