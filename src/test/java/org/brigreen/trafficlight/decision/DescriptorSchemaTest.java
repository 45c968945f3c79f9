package org.brigreen.trafficlight.decision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.brigreen.trafficlight.input.FieldError;
import org.brigreen.trafficlight.rules.FactType;
import org.brigreen.trafficlight.rules.Facts;
import org.junit.jupiter.api.Test;
import static org.brigreen.trafficlight.rules.FactType.BOOLEAN;
import static org.brigreen.trafficlight.rules.FactType.DATE;
import static org.brigreen.trafficlight.rules.FactType.INTEGER;
import static org.brigreen.trafficlight.rules.FactType.LIST;
import static org.brigreen.trafficlight.rules.FactType.NUMBER;
import static org.brigreen.trafficlight.rules.FactType.STRING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The descriptor's facts, described once, and what JSON reading, CSV reading and the rules make of them. */
class DescriptorSchemaTest {

    private static final DescriptorSchema SCHEMA = DescriptorSchema.PROJECT;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void describesEveryFactWithItsTypeInDeclarationOrder() {
        Map<String, FactType> expected = new LinkedHashMap<>();
        expected.put("reference", STRING);
        expected.put("name", STRING);
        expected.put("country", STRING);
        expected.put("sector", STRING);
        expected.put("stage", STRING);
        expected.put("capacityMw", NUMBER);
        expected.put("coal.exposure", STRING);
        expected.put("coal.constructionStart", DATE);
        expected.put("site.protectedArea", STRING);
        expected.put("site.worldHeritage", STRING);
        expected.put("site.ramsar", BOOLEAN);
        expected.put("site.kba", BOOLEAN);
        expected.put("site.criticalHabitat", STRING);
        expected.put("site.nearestSensitiveAreaKm", NUMBER);
        expected.put("site.indigenousPeoples", BOOLEAN);
        expected.put("site.conflictAffected", BOOLEAN);
        expected.put("site.sensitiveReceptors", LIST);
        expected.put("social.physicallyDisplacedPersons", INTEGER);
        expected.put("social.economicallyDisplacedPersons", INTEGER);
        expected.put("social.indigenousPeoplesConsent", STRING);
        expected.put("social.culturalHeritage", STRING);
        expected.put("grievanceMechanism", BOOLEAN);
        expected.put("eia.status", STRING);
        expected.put("eia.standard", STRING);
        expected.put("eia.publicConsultation", BOOLEAN);
        expected.put("eia.disclosed", BOOLEAN);
        expected.put("emissions.scope12TonnesPerYear", NUMBER);
        expected.put("emissions.intensityGramsPerKwh", NUMBER);
        expected.put("hydro.powerDensityWattsPerM2", NUMBER);
        expected.put("hydro.commissioningYear", INTEGER);
        expected.put("mitigation", LIST);
        expected.put("finance.capexUsd", NUMBER);
        expected.put("finance.loanUsd", NUMBER);
        expected.put("finance.tenorYears", NUMBER);
        expected.put("finance.type", STRING);
        expected.put("excludedActivities", LIST);
        Map<String, FactType> described = new LinkedHashMap<>();
        SCHEMA.facts().forEach((name, fact) -> described.put(name, fact.type()));
        assertEquals(List.copyOf(expected.entrySet()), List.copyOf(described.entrySet()));
        assertEquals(described, SCHEMA.factSchema().types(), "the rules see the same facts and types");
    }

    @Test
    void aListNamesTheTypeOfItsElements() {
        assertEquals(STRING, SCHEMA.facts().get("mitigation").elementType());
        assertEquals(STRING, SCHEMA.facts().get("excludedActivities").elementType());
        assertEquals(null, SCHEMA.facts().get("sector").elementType());
    }

    @Test
    void enumFactsAllowExactlyTheNamesJsonGivesTheirConstants() {
        Map<String, Class<? extends Enum<?>>> enums = new LinkedHashMap<>();
        enums.put("sector", Sector.class);
        enums.put("stage", Stage.class);
        enums.put("coal.exposure", CoalExposure.class);
        enums.put("site.protectedArea", ProtectedArea.class);
        enums.put("site.worldHeritage", WorldHeritage.class);
        enums.put("site.criticalHabitat", CriticalHabitat.class);
        enums.put("eia.status", EiaStatus.class);
        enums.put("eia.standard", EiaStandard.class);
        enums.put("site.sensitiveReceptors", SensitiveReceptor.class);
        enums.put("social.indigenousPeoplesConsent", IndigenousPeoplesConsent.class);
        enums.put("social.culturalHeritage", CulturalHeritage.class);
        enums.put("finance.type", FinanceType.class);
        enums.put("mitigation", Mitigation.class);
        enums.put("excludedActivities", ExcludedActivity.class);
        enums.forEach((name, type) -> assertEquals(
                Arrays.stream(type.getEnumConstants()).map(constant -> JSON.convertValue(constant, String.class))
                        .toList(),
                SCHEMA.facts().get(name).allowedValues(), name));
        SCHEMA.facts().values().stream()
                .filter(fact -> !enums.containsKey(fact.name()))
                .forEach(fact -> assertEquals(List.of(), fact.allowedValues(), fact.name()));
        assertEquals(List.of("yes", "no", "unknown"), SCHEMA.facts().get("site.criticalHabitat").allowedValues());
    }

    @Test
    void namesTheFieldsOfEveryObject() {
        assertEquals(List.of("reference", "name", "country", "sector", "stage", "capacityMw", "coal", "site", "social",
                "grievanceMechanism", "eia", "emissions", "hydro", "mitigation", "finance", "excludedActivities"),
                SCHEMA.objects().get(""));
        assertEquals(List.of("exposure", "constructionStart"), SCHEMA.objects().get("coal"));
    }

    @Test
    void aValueOfTheWrongTypeIsReportedAndTakenOut() {
        ObjectNode descriptor = object("""
                {"capacityMw": "fifty", "site": {"ramsar": "no"}, "hydro": {"commissioningYear": 2024.5},
                 "coal": {"constructionStart": "2019-5-1"}, "eia": "approved"}""");
        assertEquals(List.of(
                new FieldError("/capacityMw", "must be a number"),
                new FieldError("/site/ramsar", "must be true or false"),
                new FieldError("/hydro/commissioningYear", "must be an integer"),
                new FieldError("/coal/constructionStart", "must be a date as YYYY-MM-DD"),
                new FieldError("/eia", "must be an object")), SCHEMA.check(descriptor));
        assertTrue(descriptor.get("capacityMw").isNull());
        assertTrue(descriptor.get("eia").isNull());
        assertTrue(descriptor.get("site").get("ramsar").isNull());
    }

    @Test
    void anUnknownValueIsReportedWithTheValuesAllowed() {
        List<String> sectors = SCHEMA.facts().get("sector").allowedValues();
        List<String> mitigations = SCHEMA.facts().get("mitigation").allowedValues();
        assertEquals(List.of(
                new FieldError("/sector", "unknown value 'coal'", sectors),
                new FieldError("/sector", "must be a string", sectors)), List.of(
                SCHEMA.check(object("{\"sector\": \"coal\"}")).get(0),
                SCHEMA.check(object("{\"sector\": 7}")).get(0)));
        assertEquals(List.of(new FieldError("/mitigation/1", "unknown value 'solar'", mitigations),
                new FieldError("/mitigation/2", "must not be null")),
                SCHEMA.check(object("{\"mitigation\": [\"certified_esms\", \"solar\", null]}")));
    }

    @Test
    void anUnknownFieldIsReportedWithTheFieldsOfItsObjectAndRemoved() {
        ObjectNode descriptor = object("{\"site\": {\"ramsarr\": true, \"kba\": true}, \"colour\": \"green\"}");
        assertEquals(List.of(
                new FieldError("/site/ramsarr", "unknown field", SCHEMA.objects().get("site")),
                new FieldError("/colour", "unknown field", SCHEMA.objects().get(""))), SCHEMA.check(descriptor));
        assertEquals(object("{\"site\": {\"kba\": true}}"), descriptor);
    }

    @Test
    void aValidDescriptorHasNoProblems() {
        assertEquals(List.of(), SCHEMA.check(object("""
                {"reference": "LN-1", "country": "KE", "sector": "solar_pv", "stage": "planned", "capacityMw": 50,
                 "coal": {"exposure": "none", "constructionStart": "2019-05-01"},
                 "site": {"ramsar": false, "nearestSensitiveAreaKm": 42.5, "criticalHabitat": "no"},
                 "hydro": {"commissioningYear": 2024}, "mitigation": ["certified_esms"], "excludedActivities": []}
                """)));
    }

    @Test
    void aCsvCellBecomesTheJsonValueOfItsFactsType() {
        assertEquals(JSON.valueToTree(true), valueOfText("site.ramsar", "TRUE"));
        assertEquals(JSON.valueToTree(false), valueOfText("site.ramsar", "false"));
        assertEquals(JSON.valueToTree("yes"), valueOfText("site.ramsar", "yes"));
        assertEquals(number("42.5"), valueOfText("site.nearestSensitiveAreaKm", "42.5"));
        assertEquals(number("7"), valueOfText("capacityMw", "7"));
        assertEquals(number("1e3"), valueOfText("capacityMw", "1e3"));
        assertEquals(JSON.valueToTree("1,5"), valueOfText("capacityMw", "1,5"));
        assertEquals(JSON.valueToTree("x".repeat(1001)), valueOfText("capacityMw", "x".repeat(1001)));
        assertEquals(number("2024"), valueOfText("hydro.commissioningYear", "2024"));
        assertEquals(JSON.valueToTree(List.of("certified_esms", "hydro_sustainability_standard")),
                valueOfText("mitigation", "certified_esms| hydro_sustainability_standard ||"));
        assertEquals(JSON.valueToTree("solar_pv"), valueOfText("sector", "solar_pv"));
        assertEquals(JSON.valueToTree("LN|1"), valueOfText("reference", "LN|1"));
        assertEquals(JSON.valueToTree("2019-05-01"), valueOfText("coal.constructionStart", "2019-05-01"));
    }

    @Test
    void aCsvCellOfTheWrongTypeIsReportedByTheJsonCheck() {
        ObjectNode descriptor = JSON.createObjectNode();
        descriptor.set("capacityMw", valueOfText("capacityMw", "fifty"));
        assertEquals(List.of(new FieldError("/capacityMw", "must be a number")), SCHEMA.check(descriptor));
    }

    @Test
    void theFactsOfADescriptorAreItsPresentValuesAsAnswersShowThem() {
        ProjectDescriptor descriptor = new ProjectDescriptor("LN-1", null, "KE", Sector.COAL_POWER, Stage.PLANNED,
                50.0, new ProjectDescriptor.Coal(null, LocalDate.of(2019, 5, 1)), null, null, null, null, null,
                new ProjectDescriptor.Hydro(null, 2024), List.of(Mitigation.CERTIFIED_ESMS), null, null);
        Facts facts = SCHEMA.facts(descriptor);
        Map<String, JsonNode> expected = Map.of(
                "reference", JSON.valueToTree("LN-1"),
                "country", JSON.valueToTree("KE"),
                "sector", JSON.valueToTree("coal_power"),
                "stage", JSON.valueToTree("planned"),
                "capacityMw", JSON.valueToTree(50.0),
                "coal.exposure", JSON.valueToTree("none"),
                "coal.constructionStart", JSON.valueToTree("2019-05-01"),
                "hydro.commissioningYear", JSON.valueToTree(2024),
                "mitigation", JSON.valueToTree(List.of("certified_esms")),
                "excludedActivities", JSON.createArrayNode());
        assertEquals(expected, facts.json());
        assertEquals("50.0", facts.json().get("capacityMw").toString(), "a number is written as a double");
        Set<String> valued = new HashSet<>(expected.keySet());
        valued.add("site.sensitiveReceptors");
        assertEquals(valued, facts.values().keySet(), "a list left out is an empty list to the rules");
        assertEquals(SCHEMA.facts().size() - valued.size(), facts.absent().size(), "the rest are missing");
    }

    private static JsonNode valueOfText(String fact, String text) {
        return SCHEMA.facts().get(fact).valueOfText(text);
    }

    /** A number as CSV reading makes it: exact, an integer when written without fraction or exponent. */
    private static JsonNode number(String text) {
        return text.matches("[0-9]+") ? JsonNodeFactory.instance.numberNode(new BigInteger(text))
                : JsonNodeFactory.instance.numberNode(new BigDecimal(text));
    }

    private static ObjectNode object(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
