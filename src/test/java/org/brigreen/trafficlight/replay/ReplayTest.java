package org.brigreen.trafficlight.replay;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.brigreen.trafficlight.classification.Descriptors;
import org.brigreen.trafficlight.decision.Decision;
import org.brigreen.trafficlight.decision.DecisionLog;
import org.brigreen.trafficlight.decision.TimeOrderedIds;
import org.brigreen.trafficlight.rules.Assessment;
import org.brigreen.trafficlight.rules.Citation;
import org.brigreen.trafficlight.rules.RuleSetRef;
import org.brigreen.trafficlight.rules.TrafficLight;
import org.junit.jupiter.api.Test;
import static org.brigreen.trafficlight.security.Api.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Replay under another version shows what would change; a record its own version does not give back is a 409. */
@QuarkusTest
class ReplayTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    DecisionLog decisionLog;

    @Test
    void aConflictAreaSolarParkDecidedUnder2022IsGreenUnder2021() {
        String id = classify(conflictAreaSolarPark(), "2022.1");

        replay(id, "?version=2021.2", null).statusCode(200)
                .body("mode", equalTo("comparison"))
                .body("reproduced", nullValue())
                .body("differences", nullValue())
                .body("decisionId", equalTo(id))
                .body("recorded.ruleSet.version", equalTo("2022.1"))
                .body("recorded.class", equalTo("amber"))
                .body("recorded.reasons.ruleId", hasItem("site.conflict-affected"))
                .body("replayed.ruleSet.version", equalTo("2021.2"))
                .body("replayed.ruleSet.digest", startsWith("sha256:"))
                .body("replayed.class", equalTo("green"))
                .body("replayed.reasons.ruleId", not(hasItem("site.conflict-affected")))
                .body("change.classMoved", equalTo(true))
                .body("change.movement", equalTo("amber → green"))
                .body("change.excludedChanged", equalTo(false))
                .body("change.removedRuleIds", contains("site.conflict-affected"))
                .body("change.addedRuleIds", empty());
    }

    @Test
    void theOtherWayRoundTheClassMovesUp() {
        String id = classify(conflictAreaSolarPark(), "2021.2");

        replay(id, "?ruleset=bri-traffic-light&version=2022.1", "zh-CN").statusCode(200)
                .header("Content-Language", "zh")
                .body("language", equalTo("zh"))
                .body("change.movement", equalTo("green → amber"))
                .body("change.addedRuleIds", contains("site.conflict-affected"))
                .body("change.removedRuleIds", empty())
                .body("replayed.reasons.find { it.ruleId == 'site.conflict-affected' }.message",
                        startsWith("项目位于受冲突影响"));
    }

    @Test
    void pinningTheVersionThatDecidedIsAReproduction() {
        String id = classify(conflictAreaSolarPark(), "2022.1");

        replay(id, "?version=2022.1", null).statusCode(200)
                .body("mode", equalTo("reproduction"))
                .body("reproduced", equalTo(true))
                .body("differences", empty())
                .body("change.classMoved", equalTo(false))
                .body("change.movement", equalTo("amber → amber"));
    }

    @Test
    void unknownDecisionsVersionsAndMalformedIdsAreProblems() {
        String id = classify(Descriptors.solarPark(), null);
        String unknown = UUID.randomUUID().toString();

        replay(unknown, "", null).statusCode(404).contentType(PROBLEM)
                .body("status", equalTo(404))
                .body("detail", equalTo("There is no decision " + unknown + "."));
        replay(id, "?version=2019.1", null).statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("/problems/unknown-rule-set"))
                .body("detail", startsWith("Rule set 'bri-traffic-light' has no version '2019.1'"));
        replay(id, "?ruleset=no-such-rules&version=2022.1", null).statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("/problems/unknown-rule-set"));
        for (String malformed : List.of("42", "not-a-uuid-at-all-but-36-characters", id + "0")) {
            replay(malformed, "", null).statusCode(400).contentType(PROBLEM)
                    .body("type", equalTo("/problems/invalid-request"))
                    .body("errors.pointer", contains("id"));
        }
        replay(id, "?ruleset=bri-traffic-light", null).statusCode(400).contentType(PROBLEM)
                .body("errors.pointer", contains("version"));
        replay(id, "?version=" + "9".repeat(65), null).statusCode(400).contentType(PROBLEM)
                .body("errors.pointer", contains("version"));
    }

    @Test
    void aRecordThatDiffersFromWhatItsVersionGivesIsAnIntegrityError() {
        Decision genuine = recorded(classify(Descriptors.solarPark(), "2022.1"));
        Decision changedClass = append(genuine, assessment -> withClass(assessment, TrafficLight.RED));

        replay(changedClass.id().toString(), "", null).statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("/problems/integrity-error"))
                .body("status", equalTo(409))
                .body("detail", startsWith("Decision " + changedClass.id() + " is not reproduced by bri-traffic-light "
                        + "2022.1"))
                .body("replay.reproduced", equalTo(false))
                .body("replay.differences.pointer", hasItem("/assessment/trafficLight"))
                .body("replay.differences.find { it.pointer == '/assessment/trafficLight' }.recorded", equalTo("red"))
                .body("replay.differences.find { it.pointer == '/assessment/trafficLight' }.replayed",
                        equalTo("green"))
                .body("replay.change.movement", equalTo("red → green"));
    }

    @Test
    void theWholeAssessmentIsCompared() {
        Decision genuine = recorded(classify(Descriptors.solarPark(), "2022.1"));
        // Same class, excluded flag and rule ids: only a citation deep inside a reason differs.
        Decision changedCitation = append(genuine, assessment -> withFirstCitation(assessment, "§99"));

        replay(changedCitation.id().toString(), "", null).statusCode(409).contentType(PROBLEM)
                .body("replay.reproduced", equalTo(false))
                .body("replay.change.classMoved", equalTo(false))
                .body("replay.change.addedRuleIds", empty())
                .body("replay.change.removedRuleIds", empty())
                .body("replay.differences.pointer", contains("/assessment/reasons/0/citation/clause"))
                .body("replay.differences[0].recorded", equalTo("§99"))
                .body("replay.differences[0].replayed", equalTo("§5"));
    }

    @Test
    void aDigestOtherThanTheLoadedVersionsIsAnIntegrityError() {
        Decision genuine = recorded(classify(Descriptors.solarPark(), "2021.2"));
        RuleSetRef edited = new RuleSetRef("bri-traffic-light", "2021.2", "sha256:" + "0".repeat(64));
        Decision underEditedRules = appendUnder(genuine, edited);

        replay(underEditedRules.id().toString(), "", null).statusCode(409).contentType(PROBLEM)
                .body("replay.reproduced", equalTo(false))
                .body("replay.differences.pointer", contains("/ruleSet/digest"))
                .body("replay.differences[0].recorded", equalTo(edited.digest()))
                .body("replay.differences[0].replayed", equalTo(genuine.ruleSet().digest()));
    }

    @Test
    void aDecisionWhoseVersionIsNoLongerLoadedIsAnIntegrityError() {
        Decision genuine = recorded(classify(Descriptors.solarPark(), "2021.2"));
        Decision underWithdrawnRules = appendUnder(genuine,
                new RuleSetRef("bri-traffic-light", "2020.1", "sha256:" + "1".repeat(64)));

        replay(underWithdrawnRules.id().toString(), "", null).statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("/problems/integrity-error"))
                .body("detail", equalTo("Decision " + underWithdrawnRules.id() + " cannot be reproduced: the version "
                        + "that decided it, bri-traffic-light 2020.1 (sha256:" + "1".repeat(64) + "), is not loaded. "
                        + "A published version must stay served."))
                .body("replay", nullValue());
        // Comparing it with a loaded version still works: the recorded outcome is what is compared.
        replay(underWithdrawnRules.id().toString(), "?version=2022.1", null).statusCode(200)
                .body("mode", equalTo("comparison"))
                .body("change.movement", equalTo("green → green"));
    }

    private static ObjectNode conflictAreaSolarPark() {
        ObjectNode descriptor = Descriptors.solarPark();
        ((ObjectNode) descriptor.get("site")).put("conflictAffected", true);
        return descriptor;
    }

    private static String classify(ObjectNode descriptor, String version) {
        return given().contentType(ContentType.JSON).body(descriptor.toString())
                .queryParams(version == null ? java.util.Map.of() : java.util.Map.of("version", version))
                .when().post("/v1/classifications")
                .then().statusCode(201).extract().path("decisionId");
    }

    private static ValidatableResponse replay(String id, String query, String language) {
        var request = given();
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return request.when().post("/v1/decisions/" + id + "/replay" + query).then();
    }

    private Decision recorded(String id) {
        return decisionLog.find(UUID.fromString(id)).orElseThrow().decision();
    }

    /**
     * Records, through the log itself so that the chain stays whole, a decision that its version would not give:
     * what a faulty writer or a doctored record would leave behind.
     */
    private Decision append(Decision genuine, UnaryOperator<Assessment> change) {
        return decisionLog.append(new Decision(TimeOrderedIds.next(), now(),
                genuine.descriptor(), genuine.ruleSet(), change.apply(genuine.assessment()), genuine.caller(), null, null, null),
                Runnable::run).join().decision();
    }

    private Decision appendUnder(Decision genuine, RuleSetRef ruleSet) {
        Decision decision = decisionLog.append(new Decision(TimeOrderedIds.next(), now(),
                genuine.descriptor(), ruleSet, genuine.assessment(), genuine.caller(), null, null, null), Runnable::run).join().decision();
        assertEquals(ruleSet, decision.ruleSet());
        return decision;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static Assessment withClass(Assessment a, TrafficLight trafficLight) {
        return new Assessment(trafficLight, a.excluded(), a.objectives(), a.reasons(), a.missingFacts(),
                a.missingFactsCapped(), a.requiredActions(), a.remedies(), a.ep4(), a.impliedFacts(), a.factsToConfirm(),
                a.undeterminedExclusion());
    }

    private static Assessment withFirstCitation(Assessment a, String clause) {
        List<Assessment.Reason> reasons = new ArrayList<>(a.reasons());
        Assessment.Reason first = reasons.get(0);
        reasons.set(0, new Assessment.Reason(first.ruleId(), first.objective(), first.effect(), first.blocking(),
                first.message(), new Citation(first.citation().source(), clause), first.basis(), first.facts()));
        return new Assessment(a.trafficLight(), a.excluded(), a.objectives(), reasons, a.missingFacts(),
                a.missingFactsCapped(), a.requiredActions(), a.remedies(), a.ep4(), a.impliedFacts(), a.factsToConfirm(),
                a.undeterminedExclusion());
    }
}
