package org.brigreen.trafficlight.classification;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.stream.Stream;
import org.brigreen.trafficlight.classification.ProjectTable.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import static org.brigreen.trafficlight.security.Api.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

/** Whole, realistic projects across every sector group and site situation, each with the class it must get. */
@QuarkusTest
class ProjectTableTest {

    static Stream<Project> projects() {
        return ProjectTable.projects().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("projects")
    void getsItsClass(Project project) {
        String query = project.version() == null ? "" : "?version=" + project.version();
        JsonPath answer = JsonPath.from(given().contentType(ContentType.JSON).body(project.descriptor().toString())
                .when().post("/v1/classifications" + query)
                .then().statusCode(201).extract().asString());
        List<String> reasons = answer.getList("reasons.ruleId");
        assertThat(project.name() + ": class", answer.getString("class"), equalTo(project.trafficLight()));
        assertThat(project.name() + ": excluded", answer.getBoolean("excluded"), is(project.excluded()));
        assertThat(project.name() + ": reasons", reasons, hasItems(project.rules().toArray(String[]::new)));
        assertThat(project.name() + ": absent reasons", project.absentRules(), everyItem(not(in(reasons))));
        assertThat(project.name() + ": missing facts", answer.getList("missingFacts.fact"),
                hasItems(project.missing().toArray(String[]::new)));
        if (project.version() != null) {
            assertThat(answer.getString("ruleSet.version"), equalTo(project.version()));
        }
    }

    @Test
    void theTableCoversAtLeastThirtyProjectsAndEverySectorGroup() {
        List<Project> projects = ProjectTable.projects();
        assertThat(projects.size(), greaterThanOrEqualTo(30));
        List<String> sectors = projects.stream().map(p -> p.descriptor().get("sector").asText()).distinct().toList();
        assertThat(sectors, hasItems("coal_power", "coal_mining", "hydro_reservoir", "hydro_run_of_river", "solar_pv",
                "wind_onshore", "gas_power", "oil_power", "nuclear", "biomass_power", "grid_transmission",
                "energy_storage", "metal_mining", "metal_smelting", "steel", "cement", "petrochemical",
                "oil_gas_upstream", "pipeline", "rail_electric", "urban_transit", "road", "port", "airport",
                "industrial_park", "ev_manufacturing", "wastewater", "telecom_digital", "forestry"));
    }
}
