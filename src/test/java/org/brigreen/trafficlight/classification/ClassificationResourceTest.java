package org.brigreen.trafficlight.classification;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import static org.brigreen.trafficlight.security.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class ClassificationResourceTest {

    private static final String UUID_V7 = "[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

    /** Under 2022.1: these tests hold what it decides, through HTTP; 2026.1's are in ProjectTableTest. */
    private static ValidatableResponse classify(Object descriptor) {
        return classify(descriptor, "?version=2022.1");
    }

    private static ValidatableResponse classify(Object descriptor, String query) {
        return given().contentType(ContentType.JSON).body(descriptor.toString())
                .when().post("/v1/classifications" + query)
                .then();
    }

    @Test
    void solarParkOnAClearSiteWithApprovedEiaIsGreen() {
        classify(Descriptors.solarPark())
                .statusCode(201)
                .header("Location", matchesPattern(".*/v1/decisions/" + UUID_V7))
                .body("decisionId", matchesPattern(UUID_V7))
                .body("class", equalTo("green"))
                .body("excluded", equalTo(false))
                .body("objectives.climate.positive", equalTo(true))
                .body("reasons.ruleId", hasItem("energy.clean-energy-contribution"))
                .body("missingFacts", empty())
                .body("cappedByMissingFacts", equalTo(false))
                .body("ep4.category", equalTo("C"))
                .body("ep4.applies", equalTo(true))
                .body("ruleSet.id", equalTo("bri-traffic-light"))
                .body("ruleSet.version", equalTo("2022.1"))
                .body("ruleSet.digest", matchesPattern("sha256:[0-9a-f]{64}"));
    }

    @Test
    void plannedCoalPowerIsRedAndExcluded() {
        ObjectNode coal = Descriptors.solarPark().put("sector", "coal_power").put("capacityMw", 1320);
        classify(coal)
                .statusCode(201)
                .body("class", equalTo("red"))
                .body("excluded", equalTo(true))
                .body("reasons.find { it.ruleId == 'coal.new-power' }.blocking", equalTo(true))
                .body("reasons.find { it.ruleId == 'coal.new-power' }.citation.source", equalTo("OPINIONS-2022"))
                .body("reasons.find { it.ruleId == 'coal.new-power' }.facts.sector", equalTo("coal_power"))
                .body("ep4.category", equalTo("A"));
    }

    @Test
    void projectWithoutEiaFactsIsNeverGreenAndNamesTheMissingFacts() {
        ObjectNode noEia = Descriptors.solarPark();
        noEia.remove("eia");
        classify(noEia)
                .statusCode(201)
                .body("class", equalTo("amber"))
                .body("missingFacts.fact", hasItem("eia.status"))
                .body("cappedByMissingFacts", equalTo(true))
                .body("missingFacts.find { it.fact == 'eia.status' }.neededBy", hasItem("eia.not-yet-approved"));
    }

    @Test
    void everyReasonCarriesRuleIdCitationAndMessage() {
        ObjectNode busy = Descriptors.solarPark().put("sector", "hydro_reservoir").put("stage", "operational");
        busy.putObject("hydro").put("powerDensityWattsPerM2", 3.2).put("commissioningYear", 2012);
        ((ObjectNode) busy.get("site")).put("indigenousPeoples", true).put("nearestSensitiveAreaKm", 0.5);
        classify(busy)
                .statusCode(201)
                .body("class", equalTo("red"))
                .body("reasons.size()", org.hamcrest.Matchers.greaterThan(3))
                .body("reasons.ruleId", everyItem(notNullValue()))
                .body("reasons.citation.source", everyItem(notNullValue()))
                .body("reasons.citation.clause", everyItem(notNullValue()))
                .body("reasons.message", everyItem(not(equalTo(""))))
                .body("requiredActions.find { it.ruleId == 'site.indigenous-peoples' }.action", containsString("FPIC"));
    }

    @Test
    void theHydroSustainabilityStandardLiftsTheClassOneStep() {
        ObjectNode hydro = Descriptors.solarPark().put("sector", "hydro_reservoir");
        hydro.putObject("hydro").put("powerDensityWattsPerM2", 14.0).put("commissioningYear", 2027);
        classify(hydro).statusCode(201).body("class", equalTo("red"));
        hydro.putArray("mitigation").add("hydro_sustainability_standard");
        classify(hydro).statusCode(201).body("class", equalTo("amber"))
                .body("reasons.ruleId", hasItem("hydro.sustainability-standard"));
    }

    @Test
    void pinningAVersionChangesWhichRulesDecide() {
        ObjectNode conflictArea = Descriptors.solarPark();
        ((ObjectNode) conflictArea.get("site")).put("conflictAffected", true);
        classify(conflictArea, "?ruleset=bri-traffic-light&version=2022.1")
                .statusCode(201)
                .body("class", equalTo("amber"))
                .body("reasons.ruleId", hasItem("site.conflict-affected"));
        classify(conflictArea, "?version=2021.2")
                .statusCode(201)
                .body("class", equalTo("green"))
                .body("reasons.ruleId", not(hasItem("site.conflict-affected")))
                .body("ruleSet.version", equalTo("2021.2"));
    }

    @Test
    void anUnknownVersionOrRuleSetIsNotFound() {
        classify(Descriptors.solarPark(), "?version=1999.1")
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", containsString("2022.1"));
        classify(Descriptors.solarPark(), "?ruleset=no-such-rules")
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("no-such-rules"));
    }

    @Test
    void factsThatContradictOneAnotherAreRefusedNamingEachAndNothingIsRecorded() {
        String reference = "CONTRADICTORY-" + UUID.randomUUID();
        ObjectNode inside = Descriptors.solarPark().put("reference", reference);
        ((ObjectNode) inside.get("site")).put("nearestSensitiveAreaKm", 0);
        classify(inside, "")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.pointer", org.hamcrest.Matchers.contains("/site/nearestSensitiveAreaKm",
                        "/site/protectedArea", "/site/worldHeritage", "/site/ramsar", "/site/kba"))
                .body("errors[0].reason", containsString("all say the site is inside none"));
        given().when().get("/v1/decisions?reference=" + reference)
                .then().statusCode(200).body("items", empty());
        classify(inside).statusCode(201).body("ruleSet.version", equalTo("2022.1"));
    }

    @Test
    void answersInChineseWhenAsked() {
        ObjectNode coal = Descriptors.solarPark().put("sector", "coal_power");
        given().contentType(ContentType.JSON).header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.5")
                .body(coal.toString())
                .when().post("/v1/classifications?version=2022.1")
                .then().statusCode(201)
                .header("Content-Language", "zh")
                .body("language", equalTo("zh"))
                .body("reasons.find { it.ruleId == 'coal.new-power' }.message", startsWith("不再新建境外煤电项目"))
                .body("requiredActions.action", hasItems(containsString("不予融资")));
    }

    @Test
    void aMalformedAcceptLanguageGetsEnglish() {
        given().contentType(ContentType.JSON).header("Accept-Language", ";;q=zz, en--x")
                .body(Descriptors.solarPark().toString())
                .when().post("/v1/classifications")
                .then().statusCode(201)
                .body("language", equalTo("en"));
    }

    @Test
    void theRecordedDecisionIsTheAnswerThatWasGiven() {
        ObjectNode hydro = Descriptors.solarPark().put("sector", "hydro_reservoir");
        hydro.putObject("hydro").put("powerDensityWattsPerM2", 7.5);
        String given = classify(hydro).statusCode(201).extract().asString();
        String id = io.restassured.path.json.JsonPath.from(given).getString("decisionId");
        String recorded = given().when().get("/v1/decisions/" + id)
                .then().statusCode(200).contentType(ContentType.JSON).extract().asString();
        org.junit.jupiter.api.Assertions.assertEquals(
                io.restassured.path.json.JsonPath.from(given).getMap(""),
                io.restassured.path.json.JsonPath.from(recorded).getMap(""));
    }

    @Test
    void aDecisionThatDoesNotExistIsNotFoundAndAMalformedIdIsInvalid() {
        given().when().get("/v1/decisions/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        given().when().get("/v1/decisions/not-a-uuid")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].pointer", equalTo("id"));
    }
}
