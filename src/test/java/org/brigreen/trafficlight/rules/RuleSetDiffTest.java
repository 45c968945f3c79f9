package org.brigreen.trafficlight.rules;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.brigreen.trafficlight.rules.RuleSetDiff.Aspect;
import org.brigreen.trafficlight.rules.RuleSetDiff.RuleChange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.brigreen.trafficlight.security.Api.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The diff of two rule-set versions: over HTTP on the shipped versions, and on two small hand-made versions. */
@QuarkusTest
class RuleSetDiffTest {

    private static final List<String> ADDED_IN_2022_1 =
            List.of("eia.host-standard-only", "site.conflict-affected", "site.critical-habitat-unknown");

    private static final String MANIFEST = """
            id: demo
            version: "1"
            title: {en: Demo rules, zh: 示例规则}
            effectiveFrom: 2020-01-01
            status: published
            sources: {SRC-A: Source A, SRC-B: Source B}
            parameters:
              bufferKm: {type: number, value: 1.0}
              farKm: {type: number, value: 25.0, citation: {source: SRC-A, clause: "§1"}}
              limit: {type: number, value: 10}
              label: {type: string, value: "2021-09-21"}
              removedFlag: {type: boolean, value: true}
            classes:
              red: {ep4Category: A, citation: {source: SRC-A, clause: red}}
              amber: {ep4Category: B, citation: {source: SRC-A, clause: amber}}
              green: {ep4Category: C, citation: {source: SRC-A, clause: green}}
            ep4: {appliesWhen: "true", citation: {source: SRC-A, clause: ep4}}
            """;

    private static final String RULES = """
            rules:
              - {id: demo.unchanged, objective: biodiversity, effect: {finding: low}, when: "site.ramsar",
                 message: {en: Same., zh: 相同。}, citation: {source: SRC-A, clause: "§1"}}
              - {id: demo.condition, objective: biodiversity, effect: {finding: low}, when: "site.kba",
                 message: {en: Same., zh: 相同。}, citation: {source: SRC-A, clause: "§1"}}
              - {id: demo.rewrapped, objective: biodiversity, effect: {finding: low},
                 when: "sector == 'solar_pv' && stage == 'planned'",
                 message: {en: Same., zh: 相同。}, citation: {source: SRC-A, clause: "§1"}}
              - {id: demo.cited, objective: biodiversity, effect: {finding: low}, when: "site.kba",
                 message: {en: Same., zh: 相同。}, citation: {source: SRC-A, clause: "§1"}}
              - {id: demo.effect, objective: biodiversity, effect: {finding: low}, when: "site.kba",
                 message: {en: Same., zh: 相同。}, citation: {source: SRC-A, clause: "§1"}}
              - {id: demo.blocking, objective: biodiversity, effect: {finding: low}, when: "site.kba",
                 message: {en: Same., zh: 相同。}, citation: {source: SRC-A, clause: "§1"}}
              - {id: demo.objective, objective: biodiversity, effect: {finding: low}, when: "site.kba",
                 message: {en: Same., zh: 相同。}, citation: {source: SRC-A, clause: "§1"}}
              - {id: demo.message, objective: biodiversity, effect: {finding: low}, when: "site.kba",
                 message: {en: Same., zh: 相同。}, citation: {source: SRC-A, clause: "§1"}}
              - {id: demo.basis, objective: biodiversity, effect: {finding: low}, when: "site.kba",
                 message: {en: Same., zh: 相同。}, citation: {source: SRC-A, clause: "§1"}}
              - {id: demo.remedy, objective: biodiversity, effect: {finding: low}, when: "site.kba",
                 message: {en: Same., zh: 相同。}, citation: {source: SRC-A, clause: "§1"}}
              - {id: demo.actions, objective: biodiversity, effect: {finding: low}, when: "site.kba",
                 message: {en: Same., zh: 相同。}, citation: {source: SRC-A, clause: "§1"}}
              - {id: demo.near, objective: biodiversity, effect: {finding: low},
                 when: "site.nearestSensitiveAreaKm < params.bufferKm",
                 message: {en: Same., zh: 相同。}, citation: {source: SRC-A, clause: "§1"}}
              - {id: demo.near-too, objective: biodiversity, effect: {finding: low},
                 when: "site.kba && site.nearestSensitiveAreaKm < params.bufferKm * 2.0",
                 message: {en: Same., zh: 相同。}, citation: {source: SRC-A, clause: "§1"}}
              - {id: demo.far, objective: biodiversity, effect: {finding: low},
                 when: "site.nearestSensitiveAreaKm < params.farKm",
                 message: {en: Same., zh: 相同。}, citation: {source: SRC-A, clause: "§1"}}
              - {id: demo.limit, objective: biodiversity, effect: {finding: low},
                 when: "finance.capexUsd > params.limit",
                 message: {en: Same., zh: 相同。}, citation: {source: SRC-A, clause: "§1"}}
              - {id: demo.threshold, objective: biodiversity, effect: {finding: low},
                 when: "site.nearestSensitiveAreaKm < 5.0",
                 message: {en: Same., zh: 相同。}, citation: {source: SRC-A, clause: "§1"}}
              - {id: demo.several, objective: biodiversity, effect: {finding: low}, when: "site.kba",
                 message: {en: Same., zh: 相同。}, citation: {source: SRC-A, clause: "§1"}}
              - {id: demo.removed, objective: biodiversity, effect: {finding: low}, when: "site.kba",
                 message: {en: Same., zh: 相同。}, citation: {source: SRC-A, clause: "§1"}}
            """;

    @Inject
    DescriptorFacts descriptorFacts;

    @TempDir
    Path root;

    @Test
    void from2021_2To2022_1TheSection6RulesAreAddedAndCoalOperatingGainsUpgradeActions() {
        JsonPath diff = given().when().get("/v1/rulesets/bri-traffic-light/versions/2021.2/diff/2022.1")
                .then().statusCode(200)
                .body("from.version", equalTo("2021.2"))
                .body("to.version", equalTo("2022.1"))
                .body("addedRules.id", contains(ADDED_IN_2022_1.toArray()))
                .body("removedRules", empty())
                .body("changedRules.id", contains("coal.operating"))
                .body("changedRules[0].aspects", contains("messages"))
                .body("changedRules[0].from.requiredActions", empty())
                .body("changedRules[0].to.requiredActions.en", contains(containsString("desulphurisation"),
                        containsString("CCUS"), containsString("environmental information")))
                .extract().jsonPath();
        JsonPath versions = given().when().get("/v1/rulesets").then().statusCode(200).extract().jsonPath();
        assertEquals(versions.getString("find { it.version == '2021.2' }.digest"), diff.getString("from.digest"));
        assertEquals(versions.getString("find { it.version == '2022.1' }.digest"), diff.getString("to.digest"));
    }

    @Test
    void theReverseDiffSwapsAddedAndRemoved() {
        given().when().get("/v1/rulesets/bri-traffic-light/versions/2022.1/diff/2021.2")
                .then().statusCode(200)
                .body("from.version", equalTo("2022.1"))
                .body("to.version", equalTo("2021.2"))
                .body("addedRules", empty())
                .body("removedRules.id", contains(ADDED_IN_2022_1.toArray()))
                .body("changedRules.id", contains("coal.operating"))
                .body("changedRules[0].aspects", contains("messages"));
    }

    @Test
    void aVersionAgainstItselfIsAnEmptyDiff() {
        JsonPath diff = given().when().get("/v1/rulesets/bri-traffic-light/versions/2022.1/diff/2022.1")
                .then().statusCode(200)
                .body("to.version", equalTo("2022.1"))
                .body("addedRules", empty())
                .body("removedRules", empty())
                .body("changedRules", empty())
                .body("addedParameters.size()", equalTo(0))
                .body("removedParameters.size()", equalTo(0))
                .body("changedParameters.size()", equalTo(0))
                .extract().jsonPath();
        assertEquals(diff.getMap("to"), diff.getMap("from"));
    }

    @Test
    void anUnknownVersionOrRuleSetIsNotFound() {
        given().when().get("/v1/rulesets/bri-traffic-light/versions/1999.1/diff/2022.1")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("no version '1999.1'"));
        given().when().get("/v1/rulesets/bri-traffic-light/versions/2022.1/diff/1999.1")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("no version '1999.1'"));
        given().when().get("/v1/rulesets/no-such-rules/versions/2021.2/diff/2022.1")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("no rule set 'no-such-rules'"));
    }

    @Test
    void eachChangedAspectIsReportedOnTheRuleItChanged() throws IOException {
        RuleSetDiff diff = handMadeDiff();
        Map<String, List<Aspect>> aspects = diff.changedRules().stream()
                .collect(Collectors.toMap(RuleChange::id, RuleChange::aspects, (x, y) -> x, LinkedHashMap::new));
        Map<String, List<Aspect>> expected = new TreeMap<>(Map.ofEntries(
                Map.entry("demo.condition", List.of(Aspect.CONDITION)),
                Map.entry("demo.effect", List.of(Aspect.EFFECT)),
                Map.entry("demo.blocking", List.of(Aspect.EFFECT)),
                Map.entry("demo.objective", List.of(Aspect.EFFECT)),
                Map.entry("demo.message", List.of(Aspect.MESSAGES)),
                Map.entry("demo.basis", List.of(Aspect.MESSAGES)),
                Map.entry("demo.remedy", List.of(Aspect.MESSAGES)),
                Map.entry("demo.actions", List.of(Aspect.MESSAGES)),
                Map.entry("demo.near", List.of(Aspect.PARAMETERS)),
                Map.entry("demo.near-too", List.of(Aspect.PARAMETERS)),
                Map.entry("demo.threshold", List.of(Aspect.CONDITION, Aspect.PARAMETERS)),
                Map.entry("demo.several", List.of(Aspect.CONDITION, Aspect.EFFECT, Aspect.MESSAGES))));
        assertEquals(expected, aspects);
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(aspects.keySet()), "changed rules in id order");

        RuleChange message = diff.changedRules().stream().filter(c -> c.id().equals("demo.message")).findFirst()
                .orElseThrow();
        assertEquals("相同。", message.from().message().zh());
        assertEquals("不同。", message.to().message().zh());
    }

    @Test
    void aCitationOnlyChangeOrARewrappedConditionIsNoChange() throws IOException {
        List<RuleSet> versions = loadHandMadeVersions();
        assertNotEquals(definition(versions.get(0), "demo.cited").citation(),
                definition(versions.get(1), "demo.cited").citation());
        assertNotEquals(definition(versions.get(0), "demo.rewrapped").when(),
                definition(versions.get(1), "demo.rewrapped").when());

        List<String> changed = RuleSetDiff.between(versions.get(0), versions.get(1)).changedRules().stream()
                .map(RuleChange::id).toList();
        assertTrue(!changed.contains("demo.cited") && !changed.contains("demo.rewrapped"), changed.toString());
    }

    @Test
    void aChangedParameterValueIsAParametersChangeOnExactlyTheRulesThatUseIt() throws IOException {
        List<String> usingChangedParameters = handMadeDiff().changedRules().stream()
                .filter(change -> change.aspects().contains(Aspect.PARAMETERS))
                .map(RuleChange::id)
                .toList();
        // bufferKm changed value; demo.threshold now uses addedKm, which 1 does not have. farKm changed only its
        // citation and limit only its spelling (10 and 10.0): demo.far and demo.limit are unchanged.
        assertEquals(List.of("demo.near", "demo.near-too", "demo.threshold"), usingChangedParameters);
    }

    @Test
    void parametersAreAddedRemovedOrChangedInTypeOrValue() throws IOException {
        RuleSetDiff diff = handMadeDiff();
        assertEquals(List.of("addedKm"), List.copyOf(diff.addedParameters().keySet()));
        assertEquals(List.of("removedFlag"), List.copyOf(diff.removedParameters().keySet()));
        assertEquals(List.of("bufferKm", "label"), List.copyOf(diff.changedParameters().keySet()));
        assertEquals(1.0, diff.changedParameters().get("bufferKm").from().value().doubleValue());
        assertEquals(2.0, diff.changedParameters().get("bufferKm").to().value().doubleValue());
        assertEquals("date", diff.changedParameters().get("label").to().type());
    }

    @Test
    void rulesAreAddedAndRemovedByIdBetweenTheNamedVersions() throws IOException {
        RuleSetDiff diff = handMadeDiff();
        assertEquals("1", diff.from().version());
        assertEquals("2", diff.to().version());
        assertNotEquals(diff.from().digest(), diff.to().digest());
        assertEquals(List.of("demo.added"), diff.addedRules().stream().map(RuleDefinition::id).toList());
        assertEquals(List.of("demo.removed"), diff.removedRules().stream().map(RuleDefinition::id).toList());
    }

    private RuleSetDiff handMadeDiff() throws IOException {
        List<RuleSet> versions = loadHandMadeVersions();
        return RuleSetDiff.between(versions.get(0), versions.get(1));
    }

    /** Version 1 as above; version 2 changes one thing in most rules and parameters. */
    private List<RuleSet> loadHandMadeVersions() throws IOException {
        String manifest2 = MANIFEST
                .replace("version: \"1\"", "version: \"2\"")
                .replace("bufferKm: {type: number, value: 1.0}", "bufferKm: {type: number, value: 2.0}")
                .replace("citation: {source: SRC-A, clause: \"§1\"}}", "citation: {source: SRC-B, clause: \"§7\"}}")
                .replace("limit: {type: number, value: 10}", "limit: {type: number, value: 10.0}")
                .replace("label: {type: string", "label: {type: date")
                .replace("removedFlag: {type: boolean, value: true}", "addedKm: {type: number, value: 5.0}");
        String rules2 = RULES;
        rules2 = edit(rules2, "demo.condition", "when: \"site.kba\"", "when: \"site.ramsar\"");
        rules2 = edit(rules2, "demo.rewrapped", "'solar_pv' && stage", "'solar_pv'\\n      &&   stage");
        rules2 = edit(rules2, "demo.cited", "clause: \"§1\"", "clause: \"§2, as amended\"");
        rules2 = edit(rules2, "demo.effect", "effect: {finding: low}", "effect: {finding: low, cap: amber}");
        rules2 = edit(rules2, "demo.blocking", "objective: biodiversity,", "objective: biodiversity, blocking: true,");
        rules2 = edit(rules2, "demo.objective", "objective: biodiversity", "objective: pollution");
        rules2 = edit(rules2, "demo.message", "zh: 相同。", "zh: 不同。");
        rules2 = edit(rules2, "demo.basis", "citation:", "basis: {en: EU Taxonomy., zh: 欧盟分类法。}, citation:");
        rules2 = edit(rules2, "demo.remedy", "citation:", "remedy: {en: Move it., zh: 迁址。}, citation:");
        rules2 = edit(rules2, "demo.actions", "citation:", "requiredActions: [{en: Monitor., zh: 监测。}], citation:");
        rules2 = edit(rules2, "demo.threshold", "< 5.0", "< params.addedKm");
        rules2 = edit(rules2, "demo.several", "objective: biodiversity", "objective: pollution");
        rules2 = edit(rules2, "demo.several", "when: \"site.kba\"", "when: \"!site.kba\"");
        rules2 = edit(rules2, "demo.several", "en: Same.", "en: Different.");
        rules2 = edit(rules2, "demo.removed", "id: demo.removed", "id: demo.added");
        write("1", MANIFEST, RULES);
        write("2", manifest2, rules2);
        return new RuleSetLoader(descriptorFacts).loadAll(root);
    }

    /** Replaces {@code from} with {@code to} within the rule {@code id} of a rule file in the style of RULES. */
    private static String edit(String rules, String id, String from, String to) {
        int start = rules.indexOf("{id: " + id + ",");
        int end = rules.indexOf("\n  - ", start);
        String rule = rules.substring(start, end < 0 ? rules.length() : end);
        assertTrue(rule.contains(from), id + " has no '" + from + "'");
        return rules.substring(0, start) + rule.replace(from, to) + rules.substring(start + rule.length());
    }

    private void write(String version, String manifest, String rules) throws IOException {
        Path folder = Files.createDirectories(root.resolve("demo").resolve(version));
        Files.writeString(folder.resolve(RuleSetLoader.MANIFEST), manifest);
        Files.writeString(folder.resolve("rules.yaml"), rules);
    }

    private static RuleDefinition definition(RuleSet ruleSet, String id) {
        return ruleSet.rules().stream().map(Rule::definition).filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow();
    }
}
