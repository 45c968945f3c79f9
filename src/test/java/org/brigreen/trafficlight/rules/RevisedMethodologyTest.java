package org.brigreen.trafficlight.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.validation.Validation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.brigreen.trafficlight.classification.Descriptors;
import org.brigreen.trafficlight.decision.DescriptorParser;
import org.brigreen.trafficlight.decision.DescriptorSchema;
import org.brigreen.trafficlight.input.FieldError;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rule set 2026.1 decides real projects as METHODOLOGY §7 says, point by point, at its boundaries; and 2022.1, beside it,
 * still decides them as it always did.
 */
class RevisedMethodologyTest {

    private static DescriptorParser parser;
    private static RuleSet v2022;
    private static RuleSet v2026;

    @BeforeAll
    static void loadTheShippedRules() {
        parser = new DescriptorParser(JsonMapper.builder().addModule(new JavaTimeModule()).build(),
                Validation.buildDefaultValidatorFactory().getValidator());
        List<RuleSet> ruleSets = new RuleSetLoader(parser).loadAll(Path.of("rules"));
        v2022 = version(ruleSets, "2022.1");
        v2026 = version(ruleSets, "2026.1");
    }

    /** A desert solar plant with an approved international EIA, 30 km from any protected area, as lenders send it. */
    private static ObjectNode desertSolar() {
        return Descriptors.object("""
                {"reference": "PV-EG-1", "country": "EG", "sector": "solar_pv", "stage": "planned",
                 "site": {"nearestSensitiveAreaKm": 30, "criticalHabitat": "no"},
                 "eia": {"status": "approved", "standard": "international", "publicConsultation": true},
                 "finance": {"capexUsd": 600000000}}""");
    }

    @Test
    void aDesertSolarPlantThirtyKilometresFromAnyProtectedAreaIsGreenWithWhatWasImpliedSaid() {
        assertEquals(TrafficLight.AMBER, assess(v2022, desertSolar()).trafficLight(), "2022.1 as before");
        assertTrue(assess(v2022, desertSolar()).missingFactsCapped());

        Assessment assessment = assess(v2026, desertSolar());
        assertEquals(TrafficLight.GREEN, assessment.trafficLight());
        assertFalse(assessment.missingFactsCapped());
        assertEquals(List.of(), assessment.missingFacts());
        assertEquals(List.of("site.protectedArea", "site.worldHeritage", "site.ramsar", "site.kba",
                "site.conflictAffected", "finance.type"),
                assessment.impliedFacts().stream().map(Assessment.ImpliedFact::fact).toList());
        Assessment.ImpliedFact ramsar = implied(assessment, "site.ramsar");
        assertEquals(List.of("site.nearestSensitiveAreaKm"), ramsar.from());
        assertEquals("false", ramsar.value().toString());
        Assessment.ImpliedFact conflict = implied(assessment, "site.conflictAffected");
        assertEquals("false", conflict.value().toString());
        assertEquals("WB-FCS-FY2026", conflict.citation().source());
        assertTrue(conflict.because().en().startsWith("A country-level default"), conflict.because().en());
        assertEquals(List.of("country"), conflict.from());
        assertEquals(List.of("ep4.category"), assessment.factsToConfirm().stream()
                .filter(f -> f.fact().equals("social.physicallyDisplacedPersons")).findFirst().orElseThrow()
                .neededBy(), "each rule or judgement that needs a fact is named once");
        assertTrue(confirm(assessment).contains("site.indigenousPeoples"), confirm(assessment).toString());
        assertFalse(confirm(assessment).contains("site.criticalHabitat"), "critical habitat is never implied");
    }

    @Test
    void criticalHabitatIsNotImpliedByDistance() {
        ObjectNode solar = desertSolar();
        ((ObjectNode) solar.get("site")).remove("criticalHabitat");
        Assessment assessment = assess(v2026, solar);
        assertEquals(TrafficLight.AMBER, assessment.trafficLight());
        assertTrue(assessment.missingFactsCapped());
        assertEquals(List.of("site.criticalHabitat"),
                assessment.missingFacts().stream().map(Assessment.MissingFact::fact).toList());
    }

    @Test
    void aCountryOnTheWorldBankConflictListDefaultsToConflictAffectedUnlessTheCallerSaysOtherwise() {
        ObjectNode solar = desertSolar().put("country", "UA");
        Assessment assessment = assess(v2026, solar);
        assertEquals(TrafficLight.AMBER, assessment.trafficLight());
        assertEquals("true", implied(assessment, "site.conflictAffected").value().toString());
        assertTrue(ruleIds(assessment).contains("site.conflict-affected"));
        ((ObjectNode) solar.get("site")).put("conflictAffected", false);
        Assessment declared = assess(v2026, solar);
        assertEquals(TrafficLight.GREEN, declared.trafficLight());
        assertTrue(declared.impliedFacts().stream().noneMatch(f -> f.fact().equals("site.conflictAffected")));
    }

    @Test
    void coalUnderConstructionWithoutADateIsRedAndSaysItsExclusionIsUndetermined() {
        ObjectNode coal = coal("under_construction");
        assertFalse(ruleIds(assess(v2022, coal)).stream().anyMatch(id -> id.startsWith("coal.")), "2022.1 as before");

        Assessment assessment = assess(v2026, coal);
        assertEquals(TrafficLight.RED, assessment.trafficLight());
        assertFalse(assessment.excluded());
        assertEquals(List.of("coal.constructionStart"), assessment.undeterminedExclusion().facts());
        assertEquals(List.of("coal.new-power"), assessment.undeterminedExclusion().ruleIds());
        assertFalse(assessment.missingFactsCapped(), "red already: the missing date caps nothing");
        assertNull(assess(v2026, coal("under_construction").set("coal", date("2021-09-21")))
                .undeterminedExclusion(), "the date decides it");
    }

    @Test
    void coalIsExcludedByItsStartDateAroundTheCutoff() {
        assertExcluded(coal("under_construction").set("coal", date("2021-09-21")), false);
        assertExcluded(coal("under_construction").set("coal", date("2021-09-22")), true);
        assertExcluded(coal("expansion"), true);
        assertExcluded(coal("expansion").set("coal", date("2021-09-21")), false);
        assertExcluded(coal("expansion").set("coal", date("2021-09-22")), true);
        assertExcluded(coal("planned").set("coal", date("2019-01-01")), true);
        assertExcluded(coal("operational").set("coal", date("2015-06-01")), false);
    }

    private static void assertExcluded(ObjectNode coal, boolean excluded) {
        Assessment assessment = assess(v2026, coal);
        assertEquals(TrafficLight.RED, assessment.trafficLight(), coal.toString());
        assertEquals(excluded, assessment.excluded(), coal.toString());
        assertNull(assessment.undeterminedExclusion(), coal.toString());
    }

    @Test
    void decommissioningCoalIsAmberWithClosureActionsWhateverItsIntensity() {
        ObjectNode coal = coal("decommissioning");
        coal.putObject("emissions").put("intensityGramsPerKwh", 950);
        Assessment assessment = assess(v2026, coal);
        assertEquals(TrafficLight.AMBER, assessment.trafficLight());
        assertEquals(3, assessment.requiredActions().stream()
                .filter(a -> "coal.decommissioning".equals(a.ruleId())).count());
    }

    @Test
    void mitigationInPlaceMarksTheActionItSatisfiesButNeverLiftsCoal() {
        ObjectNode coal = coal("operational");
        coal.putArray("mitigation").add("ccus");
        Assessment assessment = assess(v2026, coal);
        assertEquals(TrafficLight.RED, assessment.trafficLight());
        List<Assessment.RequiredAction> actions = assessment.requiredActions().stream()
                .filter(a -> "coal.operating".equals(a.ruleId())).toList();
        assertEquals(3, actions.size());
        assertEquals(Boolean.TRUE, actions.get(1).satisfied(), actions.get(1).action().en());
        assertNull(actions.get(0).satisfied(), "flue-gas treatment is not in place");
    }

    @ParameterizedTest
    @ValueSource(strings = {"planned", "financed_not_started", "under_construction", "operational", "expansion",
            "decommissioning"})
    void aChallengedApprovalCapsAtAmberAtEveryStageAndIsNeverBuiltWithoutApproval(String stage) {
        ObjectNode solar = desertSolar().put("stage", stage);
        ((ObjectNode) solar.get("eia")).put("status", "challenged");
        Assessment assessment = assess(v2026, solar);
        assertEquals(TrafficLight.AMBER, assessment.trafficLight());
        assertTrue(ruleIds(assessment).contains("eia.challenged"));
        assertFalse(ruleIds(assessment).contains("eia.built-without-approval"));
        assertTrue(assessment.requiredActions().stream().anyMatch(a -> "eia.challenged".equals(a.ruleId())));
    }

    @Test
    void anOperatingProjectWhoseApprovalIsContestedInCourtIsNotRed() {
        ObjectNode solar = desertSolar().put("stage", "operational");
        ((ObjectNode) solar.get("eia")).put("status", "challenged");
        assertEquals(TrafficLight.RED, assess(v2022, solar).trafficLight(), "2022.1 as before");
        assertEquals(TrafficLight.AMBER, assess(v2026, solar).trafficLight());
    }

    @ParameterizedTest
    @ValueSource(strings = {"planned", "financed_not_started", "under_construction", "operational", "expansion"})
    void aSuspendedApprovalIsRedOnceBuiltAndAmberBefore(String stage) {
        ObjectNode solar = desertSolar().put("stage", stage);
        ((ObjectNode) solar.get("eia")).put("status", "suspended");
        Assessment assessment = assess(v2026, solar);
        boolean built = List.of("under_construction", "operational", "expansion").contains(stage);
        assertEquals(built ? TrafficLight.RED : TrafficLight.AMBER, assessment.trafficLight());
        assertEquals(built, ruleIds(assessment).contains("eia.built-without-approval"));
        if (built) {
            assertTrue(reason(assessment, "eia.built-without-approval").message().zh().startsWith("未批先建"));
        }
    }

    @Test
    void theHydropowerStandardLowersBiodiversityButNeverCuresAFailedClimateTest() {
        ObjectNode hydro = desertSolar().put("sector", "hydro_reservoir");
        hydro.putObject("hydro").put("powerDensityWattsPerM2", 2.0).put("commissioningYear", 2027);
        hydro.putArray("mitigation").add("hydro_sustainability_standard");
        assertEquals(TrafficLight.AMBER, assess(v2022, hydro).trafficLight(), "2022.1 lifted the whole class");

        Assessment assessment = assess(v2026, hydro);
        assertEquals(TrafficLight.RED, assessment.trafficLight());
        assertEquals(Level.SIGNIFICANT, assessment.objectives().get(Objective.CLIMATE).harm());
        Assessment.ObjectiveAssessment biodiversity = assessment.objectives().get(Objective.BIODIVERSITY);
        assertEquals(Level.MODERATE, biodiversity.harm());
        assertEquals(List.of("hydro.sustainability-standard"), biodiversity.loweredBy());
        assertNull(assessment.objectives().get(Objective.CLIMATE).loweredBy());
    }

    @Test
    void aReservoirPassesTheClimateTestByLifeCycleIntensity() {
        ObjectNode hydro = desertSolar().put("sector", "hydro_reservoir");
        hydro.putObject("hydro").put("powerDensityWattsPerM2", 2.0).put("commissioningYear", 2027);
        hydro.putArray("mitigation").add("hydro_sustainability_standard");
        hydro.putObject("emissions").put("intensityGramsPerKwh", 49.9);
        Assessment assessment = assess(v2026, hydro);
        assertEquals(TrafficLight.AMBER, assessment.trafficLight(), "biodiversity moderate after the standard");
        assertTrue(assessment.objectives().get(Objective.CLIMATE).positive());
        assertNull(assessment.objectives().get(Objective.CLIMATE).harm());
    }

    @Test
    void efficientGasAndWasteToEnergyAreAmberBelow550GramsAndRedFrom550() {
        ObjectNode gas = desertSolar().put("sector", "gas_power");
        gas.putObject("emissions").put("intensityGramsPerKwh", 549.9);
        assertEquals(TrafficLight.RED, assess(v2022, gas).trafficLight(), "2022.1 as before");
        assertEquals(TrafficLight.AMBER, assess(v2026, gas).trafficLight());
        ((ObjectNode) gas.get("emissions")).put("intensityGramsPerKwh", 550);
        assertEquals(TrafficLight.RED, assess(v2026, gas).trafficLight());
        ObjectNode wasteToEnergy = desertSolar().put("sector", "waste_to_energy");
        wasteToEnergy.putObject("emissions").put("intensityGramsPerKwh", 480);
        assertEquals(TrafficLight.AMBER, assess(v2026, wasteToEnergy).trafficLight());
    }

    @Test
    void pipelinesAreAClimateModerateLockInAndHighImpactNearSensitiveAreas() {
        ObjectNode pipeline = desertSolar().put("sector", "pipeline");
        ((ObjectNode) pipeline.get("site")).put("nearestSensitiveAreaKm", 8);
        Assessment assessment = assess(v2026, pipeline);
        assertEquals(Level.MODERATE, assessment.objectives().get(Objective.CLIMATE).harm());
        assertTrue(ruleIds(assessment).contains("site.near-sensitive-area-high-impact"));
    }

    @Test
    void windWithinTheHighImpactBufferNeedsABirdAndBatAssessment() {
        ObjectNode wind = desertSolar().put("sector", "wind_onshore");
        ((ObjectNode) wind.get("site")).put("nearestSensitiveAreaKm", 10);
        Assessment assessment = assess(v2026, wind);
        assertEquals(TrafficLight.AMBER, assessment.trafficLight());
        assertTrue(assessment.requiredActions().stream()
                .anyMatch(a -> "site.wind-near-sensitive-area".equals(a.ruleId())));
        ((ObjectNode) wind.get("site")).put("nearestSensitiveAreaKm", 10.1);
        assertEquals(TrafficLight.GREEN, assess(v2026, wind).trafficLight());
    }

    @Test
    void sensitiveReceptorsAreModerateAndSignificantForHighImpactSectors() {
        ObjectNode solar = desertSolar();
        ((ObjectNode) solar.get("site")).putArray("sensitiveReceptors").add("mangrove");
        assertEquals(TrafficLight.AMBER, assess(v2026, solar).trafficLight());
        ObjectNode port = solar.put("sector", "port");
        assertEquals(TrafficLight.RED, assess(v2026, port).trafficLight());
    }

    @Test
    void indigenousPeoplesWithoutDocumentedConsentCapAtAmberButAnUnstatedConsentIsOnlyToConfirm() {
        ObjectNode solar = desertSolar();
        ((ObjectNode) solar.get("site")).put("indigenousPeoples", true);
        Assessment unstated = assess(v2026, solar);
        assertEquals(TrafficLight.GREEN, unstated.trafficLight());
        assertFalse(unstated.missingFactsCapped());
        assertTrue(confirm(unstated).contains("social.indigenousPeoplesConsent"), confirm(unstated).toString());
        solar.putObject("social").put("indigenousPeoplesConsent", "not_documented");
        Assessment withoutConsent = assess(v2026, solar);
        assertEquals(TrafficLight.AMBER, withoutConsent.trafficLight());
        assertEquals("A", withoutConsent.ep4().category());
        ((ObjectNode) solar.get("social")).put("indigenousPeoplesConsent", "documented");
        assertEquals(TrafficLight.GREEN, assess(v2026, solar).trafficLight());
    }

    @Test
    void theEp4CategoryIsJudgedFromImpactsNotFromTheColour() {
        ObjectNode revoked = desertSolar();
        ((ObjectNode) revoked.get("eia")).put("status", "revoked");
        assertEquals("A", assess(v2022, revoked).ep4().category(), "2022.1 relabelled the colour");
        Assessment assessment = assess(v2026, revoked);
        assertEquals(TrafficLight.RED, assessment.trafficLight());
        assertEquals("C", assessment.ep4().category());

        ObjectNode displacing = desertSolar();
        displacing.putObject("social").put("physicallyDisplacedPersons", 200);
        assertEquals("A", assess(v2026, displacing).ep4().category());
        ((ObjectNode) displacing.get("social")).put("physicallyDisplacedPersons", 199);
        Assessment below = assess(v2026, displacing);
        assertEquals("B", below.ep4().category());
        assertEquals("People are displaced, fewer than 200 physically.", below.ep4().because().en());
    }

    @Test
    void theEquatorPrinciplesApplyToLargeCorporateLoansOfTwoYearsOrMore() {
        ObjectNode loan = desertSolar();
        ((ObjectNode) loan.get("finance")).put("type", "corporate_loan").put("loanUsd", 50_000_000)
                .put("tenorYears", 2);
        assertEquals(Boolean.TRUE, assess(v2026, loan).ep4().applies());
        ((ObjectNode) loan.get("finance")).put("tenorYears", 1.9);
        assertEquals(Boolean.FALSE, assess(v2026, loan).ep4().applies());
        assertEquals(Boolean.TRUE, assess(v2026, desertSolar()).ep4().applies(), "absent type: project finance");
    }

    @Test
    void aRemedyIsListedOnlyWhereItCanLiftTheClass() {
        ObjectNode smelter = desertSolar().put("sector", "metal_smelting");
        ((ObjectNode) smelter.get("site")).put("nearestSensitiveAreaKm", 20);
        Assessment red = assess(v2026, smelter);
        assertEquals(TrafficLight.RED, red.trafficLight());
        assertTrue(ruleIds(red).contains("site.near-sensitive-area-wide"));
        assertTrue(red.remedies().stream().noneMatch(r -> r.ruleId().startsWith("site.")), red.remedies().toString());
        assertFalse(assess(v2022, smelter).remedies().isEmpty(), "2022.1 listed them all");

        ObjectNode solar = desertSolar();
        ((ObjectNode) solar.get("site")).put("nearestSensitiveAreaKm", 0.5);
        Assessment amber = assess(v2026, solar);
        assertEquals(List.of("site.near-sensitive-area"), amber.remedies().stream().map(Assessment.Remedy::ruleId)
                .toList());
    }

    @Test
    void contradictoryFactsAreRefusedNamingBothFields() {
        ObjectNode inside = desertSolar();
        ((ObjectNode) inside.get("site")).put("nearestSensitiveAreaKm", 0).put("protectedArea", "none")
                .put("worldHeritage", "none").put("ramsar", false).put("kba", false);
        List<String> pointers = refusedPointers(inside);
        assertEquals(List.of("/site/nearestSensitiveAreaKm", "/site/protectedArea", "/site/worldHeritage",
                "/site/ramsar", "/site/kba"), pointers);
        ((ObjectNode) inside.get("site")).put("kba", true);
        assertEquals(TrafficLight.AMBER, assess(v2026, inside).trafficLight(), "inside a KBA: no contradiction");

        ObjectNode outside = desertSolar();
        ((ObjectNode) outside.get("site")).put("protectedArea", "iucn_iii_vi");
        assertEquals(List.of("/site/nearestSensitiveAreaKm", "/site/protectedArea"), refusedPointers(outside));
        assertEquals(TrafficLight.AMBER, assess(v2022, outside).trafficLight(), "2022.1 decides as before");
    }

    @Test
    void messagesTakeTheirNumbersFromTheParameters(@TempDir Path rules) throws IOException {
        Path draft = rules.resolve("bri-traffic-light/2026.9");
        copy(Path.of("rules/bri-traffic-light/2026.1"), draft);
        Path manifest = draft.resolve("ruleset.yaml");
        String text = Files.readString(manifest).replace("version: \"2026.1\"", "version: \"2026.9\"")
                .replace("status: published", "status: draft");
        text = text.replaceFirst("(sensitiveAreaBufferKm:\\n    type: number\\n    value: )1.0", "$11.05");
        Files.writeString(manifest, text);
        RuleSet changed = new RuleSetLoader(parser).loadAll(rules).get(0);
        RuleDefinition near = changed.rules().stream().filter(r -> r.id().equals("site.near-sensitive-area"))
                .findFirst().orElseThrow().definition();
        assertEquals("The project lies within 1.05 km of a protected or sensitive area.", near.message().en());
        assertEquals("项目位于保护地或生态敏感区域1.05公里以内（含1.05公里）。", near.message().zh());
        assertFalse(near.remedy().en().contains("1 km"), near.remedy().en());
    }

    @Test
    void publishingADraftKeepsItsDigest(@TempDir Path rules) throws IOException {
        Path draft = rules.resolve("bri-traffic-light/2026.9");
        copy(Path.of("rules/bri-traffic-light/2026.1"), draft);
        Path manifest = draft.resolve("ruleset.yaml");
        String published = Files.readString(manifest).replace("version: \"2026.1\"", "version: \"2026.9\"");
        Files.writeString(manifest, published.replace("status: published", "status: draft"));
        RuleSet asDraft = new RuleSetLoader(parser).loadAll(rules).get(0);
        Files.writeString(manifest, published);
        RuleSet asPublished = new RuleSetLoader(parser).loadAll(rules).get(0);
        assertTrue(asDraft.isDraft());
        assertFalse(asPublished.isDraft());
        assertEquals(asPublished.digest(), asDraft.digest());
        assertNotEquals(v2026.digest(), asPublished.digest(), "the version line is content");
    }

    @Test
    void theReferenceDataIsPartOfTheDigest(@TempDir Path rules) throws IOException {
        Path copy = rules.resolve("bri-traffic-light/2026.1");
        copy(Path.of("rules/bri-traffic-light/2026.1"), copy);
        assertEquals(v2026.digest(), new RuleSetLoader(parser).loadAll(rules).get(0).digest());
        Path list = copy.resolve("reference/world-bank-fcs-fy2026.yaml");
        Files.writeString(list, Files.readString(list).replace("UA, ", ""));
        RuleSet changed = new RuleSetLoader(parser).loadAll(rules).get(0);
        assertNotEquals(v2026.digest(), changed.digest());
        assertEquals("false", implied(RuleEngine.assess(changed, facts(desertSolar().put("country", "UA"))),
                "site.conflictAffected").value().toString());
    }

    @Test
    void theChineseTextsUseTheTermsOfMethodologySection77() {
        assertTrue(zh("site.strictly-protected").contains("世界自然遗产地或自然与文化双重遗产地"));
        assertTrue(zh("site.sensitive-area").contains("国际重要湿地（拉姆萨尔湿地）"));
        assertTrue(zh("site.sensitive-area").contains("生物多样性关键区域（KBA）"));
        assertTrue(zh("eia.challenged").contains("环评批复正被提起诉讼或行政复议"));
        assertTrue(zh("site.near-sensitive-area").contains("1公里以内（含1公里）"));
        assertTrue(zh("site.indigenous-peoples-without-consent").contains("土著人民（原住民）"));
        assertTrue(zh("coal.power").contains("全面停止新建境外煤电项目") && zh("coal.power").contains("稳慎推进在建境外煤电项目"));
        assertTrue(v2026.rules().stream().filter(rule -> rule.definition().remedy() != null)
                .anyMatch(rule -> rule.definition().remedy().zh().contains("中国更高标准")));
        List<String> builtWithoutApproval = v2026.rules().stream()
                .filter(rule -> rule.definition().message().zh().contains("未批先建")).map(Rule::id).toList();
        assertEquals(List.of("eia.built-without-approval"), builtWithoutApproval, "未批先建 only where it is true");
    }

    private static String zh(String ruleId) {
        return v2026.rules().stream().filter(rule -> rule.id().equals(ruleId)).findFirst().orElseThrow()
                .definition().message().zh();
    }

    @Test
    void referenceDataWithoutItsValuesOrItsSourceStopsTheLoad(@TempDir Path rules) throws IOException {
        Path copy = rules.resolve("bri-traffic-light/2026.1");
        copy(Path.of("rules/bri-traffic-light/2026.1"), copy);
        Path list = copy.resolve("reference/world-bank-fcs-fy2026.yaml");
        Files.writeString(list, Files.readString(list).replaceAll("(?m)^(source|values): .*$", ""));
        RuleSetLoadException refused = assertThrows(RuleSetLoadException.class,
                () -> new RuleSetLoader(parser).loadAll(rules));
        assertTrue(refused.getMessage().contains("values is missing"), refused.getMessage());
        assertTrue(refused.getMessage().contains("names its title, source and publication date"),
                refused.getMessage());
    }

    private static List<String> refusedPointers(ObjectNode descriptor) {
        ContradictoryFactsException refused = assertThrows(ContradictoryFactsException.class,
                () -> assess(v2026, descriptor));
        return refused.errors().stream().map(FieldError::pointer).toList();
    }

    private static ObjectNode coal(String stage) {
        return desertSolar().put("sector", "coal_power").put("stage", stage);
    }

    private static JsonNode date(String constructionStart) {
        return Descriptors.object("{\"constructionStart\": \"" + constructionStart + "\"}");
    }

    private static Assessment.ImpliedFact implied(Assessment assessment, String fact) {
        return assessment.impliedFacts().stream().filter(f -> f.fact().equals(fact)).findFirst().orElseThrow();
    }

    private static List<String> confirm(Assessment assessment) {
        return assessment.factsToConfirm().stream().map(Assessment.MissingFact::fact).toList();
    }

    private static Facts facts(ObjectNode descriptor) {
        return DescriptorSchema.PROJECT.facts(parser.parse(descriptor.deepCopy()));
    }

    private static Assessment assess(RuleSet ruleSet, ObjectNode descriptor) {
        return RuleEngine.assess(ruleSet, facts(descriptor));
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

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
