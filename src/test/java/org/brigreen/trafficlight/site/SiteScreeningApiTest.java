package org.brigreen.trafficlight.site;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import static org.brigreen.trafficlight.security.Api.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.both;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * Site facts computed from a location, through HTTP, against the project's sample layers (which rule set 2026.2 names)
 * and the real rule files: what the layers find decides, the features behind each fact are named, a declaration the
 * layers contradict is shown, the record replays, and a version naming no layer uses the declared facts.
 */
@QuarkusTest
class SiteScreeningApiTest {

    private static final String STRICT_RESERVE_CENTRE = "{\"type\": \"Point\", \"coordinates\": [37.05, -1.05]}";

    @Test
    void aPointInsideAStrictProtectedAreaIsRedWithTheReserveNamed() {
        classify("2026.2", "solar_pv", "", STRICT_RESERVE_CENTRE)
                .statusCode(201)
                .body("class", equalTo("red"))
                .body("reasons.ruleId", hasItem("site.strictly-protected"))
                .body("site.computed.protectedArea", equalTo("iucn_ia_ii"))
                .body("site.computed.nearestSensitiveAreaKm", equalTo(0))
                .body("site.features.find { it.fact == 'protectedArea' }.id", equalTo("SAMPLE-PA-1"))
                .body("site.features.find { it.fact == 'protectedArea' }.name", equalTo("Sample Strict Nature Reserve"))
                .body("site.features.find { it.fact == 'protectedArea' }.layerVersion", equalTo("sample-1"))
                .body("site.layers.find { it.layer == 'protected-areas' }.digest", startsWith("sha256:"))
                .body("site.layers.find { it.layer == 'protected-areas' }.sample", equalTo(true))
                .body("site.notices", hasItem(startsWith("Sample data, not for decisions")))
                .body("site.unavailable", empty());
    }

    @Test
    void aRoadNineKilometresFromAReserveIsWithinTheHighImpactBuffer() {
        // 0.081° of longitude east of the reserve's eastern edge, at its middle latitude: 9.01 km on WGS 84.
        classify("2026.2", "road", "", "{\"type\": \"Point\", \"coordinates\": [37.181, -1.05]}")
                .statusCode(201)
                .body("site.computed.protectedArea", equalTo("none"))
                .body("site.computed.nearestSensitiveAreaKm", both(greaterThan(8.96f)).and(lessThan(9.06f)))
                .body("site.features.find { it.fact == 'nearestSensitiveAreaKm' }.id", equalTo("SAMPLE-PA-1"))
                .body("reasons.ruleId", allOf(hasItem("site.near-sensitive-area-high-impact"),
                        not(hasItem("site.near-sensitive-area"))));
    }

    @Test
    void aRailwayCrossingANationalParkFindsThePark() {
        classify("2026.2", "rail_electric", "", """
                {"type": "LineString", "coordinates": [[37.9, -1.05], [38.15, -1.06], [38.4, -1.05]]}""")
                .statusCode(201)
                .body("class", equalTo("red"))
                .body("site.computed.protectedArea", equalTo("iucn_ia_ii"))
                .body("site.features.find { it.fact == 'protectedArea' }.name", equalTo("Sample National Park"));
    }

    @Test
    void aDeclaredNoneInsideAParkIsShownAsADiscrepancyAndTheComputedFactDecides() {
        classify("2026.2", "solar_pv", "\"protectedArea\": \"none\", \"nearestSensitiveAreaKm\": 50,",
                STRICT_RESERVE_CENTRE)
                .statusCode(201)
                .body("class", equalTo("red"))
                .body("site.discrepancies.find { it.fact == 'protectedArea' }.declared", equalTo("none"))
                .body("site.discrepancies.find { it.fact == 'protectedArea' }.computed", equalTo("iucn_ia_ii"))
                .body("site.discrepancies.find { it.fact == 'protectedArea' }.feature.id", equalTo("SAMPLE-PA-1"))
                .body("site.discrepancies.find { it.fact == 'nearestSensitiveAreaKm' }.declared", equalTo(50))
                .body("site.discrepancies.find { it.fact == 'nearestSensitiveAreaKm' }.computed", equalTo(0));
    }

    @Test
    void aVersionNamingNoLayerAcceptsTheLocationAndDecidesOnTheDeclaredFacts() {
        classify("2026.1", "solar_pv", "\"protectedArea\": \"none\", \"nearestSensitiveAreaKm\": 50,",
                STRICT_RESERVE_CENTRE)
                .statusCode(201)
                .body("class", not(equalTo("red")))
                .body("site.layers", empty())
                .body("site.computed.size()", equalTo(0))
                .body("site.notices", hasItem(startsWith("No reference layer was available")));
    }

    @Test
    void aDecisionMadeWithLayersIsReproducedByItsReplay() {
        String id = classify("2026.2", "rail_electric", "\"protectedArea\": \"none\",", """
                {"type": "Polygon", "coordinates": [[[38.25, -1.0], [38.4, -1.0], [38.4, -0.95], [38.25, -0.95],
                 [38.25, -1.0]]]}""")
                .statusCode(201)
                .body("site.discrepancies.fact", hasItem("protectedArea"))
                .extract().path("decisionId");
        given().when().post("/v1/decisions/" + id + "/replay")
                .then().statusCode(200)
                .body("reproduced", equalTo(true))
                .body("differences", empty());
    }

    @Test
    void aSiteWithoutLocationHasNoScreening() {
        classify("2026.2", "solar_pv", "\"protectedArea\": \"none\"", null)
                .statusCode(201)
                .body("site", nullValue());
    }

    @Test
    void aSelfIntersectingFootprintIsRefusedNamingWhere() {
        classify("2026.2", "solar_pv", "", """
                {"type": "Polygon", "coordinates": [[[37, -1], [37.1, -0.9], [37.1, -1], [37, -0.9], [37, -1]]]}""")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.pointer", hasItem(startsWith("/site/location")))
                .body("errors.find { it.pointer.startsWith('/site/location') }.reason", not(empty()))
                .body("errors.size()", lessThan(3));
    }

    /** Classifies a project of {@code sector} at {@code location}; {@code siteFacts} is JSON text ending in a comma. */
    private static ValidatableResponse classify(String version, String sector, String siteFacts, String location) {
        String site = location == null ? "{" + siteFacts + "}" : "{" + siteFacts + "\"location\": " + location + "}";
        String descriptor = """
                {"country": "KE", "sector": "%s", "stage": "planned", "site": %s}""".formatted(sector, site);
        return given().contentType(ContentType.JSON).body(descriptor)
                .when().post("/v1/classifications?version=" + version)
                .then();
    }
}
