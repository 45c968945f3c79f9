package org.brigreen.trafficlight.rules;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.validation.Validation;
import java.nio.file.Path;
import java.util.List;
import org.brigreen.trafficlight.classification.Descriptors;
import org.brigreen.trafficlight.decision.DescriptorParser;
import org.brigreen.trafficlight.decision.DescriptorSchema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped rule sets, loaded from {@code rules/} without the service, classify projects as METHODOLOGY says. */
class RuleEngineTest {

    private static DescriptorParser parser;
    private static RuleSet v2021;
    private static RuleSet v2022;

    @BeforeAll
    static void loadTheShippedRules() {
        parser = new DescriptorParser(JsonMapper.builder().addModule(new JavaTimeModule()).build(),
                Validation.buildDefaultValidatorFactory().getValidator());
        List<RuleSet> ruleSets = new RuleSetLoader(parser).loadAll(Path.of("rules"));
        v2021 = version(ruleSets, "2021.2");
        v2022 = version(ruleSets, "2022.1");
    }

    @Test
    void theShippedVersionsKeepTheDigestsTheirRecordedDecisionsName() {
        assertEquals("sha256:fdcc75db6734f14fbe59eef14c2b862aa9632f6b45821f58505490548f460198", v2021.digest());
        assertEquals("sha256:f7769119892ad180f3102194fd967f7369dcc1572491659e493bff5378422c30", v2022.digest());
    }

    @Test
    void aSolarParkOnAClearSiteWithAnApprovedEiaIsGreen() {
        Assessment assessment = assess(v2022, Descriptors.solarPark());
        assertEquals(TrafficLight.GREEN, assessment.trafficLight());
        assertEquals(List.of("energy.clean-energy-contribution"), ruleIds(assessment));
        assertEquals(List.of(), assessment.missingFacts());
        assertFalse(assessment.missingFactsCapped());
        assertFalse(assessment.excluded());
    }

    @Test
    void plannedCoalPowerIsRedExcludedAndBlockedCitingItsFacts() {
        Assessment assessment = assess(v2022, Descriptors.solarPark().put("sector", "coal_power"));
        assertEquals(TrafficLight.RED, assessment.trafficLight());
        assertTrue(assessment.excluded());
        Assessment.Reason newCoal = reason(assessment, "coal.new-power");
        assertTrue(newCoal.blocking());
        assertEquals("OPINIONS-2022", newCoal.citation().source());
        assertEquals("\"coal_power\"", newCoal.facts().get("sector").toString());
        assertEquals("A", assessment.ep4().category());
    }

    @Test
    void aMissingFactThatCouldWorsenTheClassCapsItAtAmberAndIsNamed() {
        ObjectNode noEia = Descriptors.solarPark();
        noEia.remove("eia");
        Assessment assessment = assess(v2022, noEia);
        assertEquals(TrafficLight.AMBER, assessment.trafficLight());
        assertTrue(assessment.missingFactsCapped());
        Assessment.MissingFact eiaStatus = assessment.missingFacts().stream()
                .filter(missing -> missing.fact().equals("eia.status")).findFirst().orElseThrow();
        assertTrue(eiaStatus.neededBy().contains("eia.not-yet-approved"), eiaStatus.neededBy().toString());
    }

    @Test
    void theHydroSustainabilityStandardLiftsARedReservoirOneStep() {
        ObjectNode hydro = Descriptors.solarPark().put("sector", "hydro_reservoir");
        hydro.putObject("hydro").put("powerDensityWattsPerM2", 14.0).put("commissioningYear", 2027);
        assertEquals(TrafficLight.RED, assess(v2022, hydro).trafficLight());
        hydro.putArray("mitigation").add("hydro_sustainability_standard");
        Assessment lifted = assess(v2022, hydro);
        assertEquals(TrafficLight.AMBER, lifted.trafficLight());
        assertTrue(ruleIds(lifted).contains("hydro.sustainability-standard"), ruleIds(lifted).toString());
    }

    @Test
    void aConflictAffectedSiteIsCappedAtAmberFrom2022OnlyWhenPinned() {
        ObjectNode conflictArea = Descriptors.solarPark();
        ((ObjectNode) conflictArea.get("site")).put("conflictAffected", true);
        Assessment under2022 = assess(v2022, conflictArea);
        assertEquals(TrafficLight.AMBER, under2022.trafficLight());
        assertTrue(ruleIds(under2022).contains("site.conflict-affected"));
        Assessment under2021 = assess(v2021, conflictArea);
        assertEquals(TrafficLight.GREEN, under2021.trafficLight());
        assertFalse(ruleIds(under2021).contains("site.conflict-affected"));
    }

    @Test
    void operatingCoalPowerIsRedUnderBothVersions() {
        ObjectNode operating = Descriptors.solarPark().put("sector", "coal_power").put("stage", "operational");
        operating.putObject("coal").put("constructionStart", "2014-03-01");
        for (RuleSet version : List.of(v2021, v2022)) {
            Assessment assessment = assess(version, operating);
            assertEquals(TrafficLight.RED, assessment.trafficLight(), version.version());
            assertTrue(ruleIds(assessment).contains("coal.operating"), version.version());
            assertFalse(ruleIds(assessment).contains("coal.new-power"), version.version());
            assertFalse(assessment.excluded(), version.version());
        }
    }

    private static Assessment assess(RuleSet ruleSet, ObjectNode descriptor) {
        return RuleEngine.assess(ruleSet, DescriptorSchema.PROJECT.facts(parser.parse(descriptor.deepCopy())));
    }

    private static List<String> ruleIds(Assessment assessment) {
        return assessment.reasons().stream().map(Assessment.Reason::ruleId).toList();
    }

    private static Assessment.Reason reason(Assessment assessment, String ruleId) {
        return assessment.reasons().stream().filter(r -> r.ruleId().equals(ruleId)).findFirst().orElseThrow();
    }

    private static RuleSet version(List<RuleSet> ruleSets, String version) {
        return ruleSets.stream().filter(r -> r.version().equals(version)).findFirst().orElseThrow();
    }
}
