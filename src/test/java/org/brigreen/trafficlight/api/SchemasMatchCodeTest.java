package org.brigreen.trafficlight.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The contract's schemas name the fields and values the service really writes and reads: a field added to, renamed
 * in or removed from a Java record, or an enum constant, fails here until the contract says so too. The contract is
 * written by hand (META-INF/openapi.yaml), so nothing else would notice.
 */
class SchemasMatchCodeTest {

    private static final Path CONTRACT = Path.of("openapi", "openapi.yaml");
    private static final String BASE = "org.brigreen.trafficlight.";
    /** Every schema of an object or an enumeration, and the Java type whose JSON it describes. */
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("AnnualCategory", "report.AnnualReport$Category"),
            Map.entry("AnnualReport", "report.AnnualReport"),
            Map.entry("DecisionsReport", "report.DecisionsReport"),
            Map.entry("ExcludedPage", "report.ExcludedPage"),
            Map.entry("ExcludedProject", "report.ExcludedProject"),
            Map.entry("ReportRow", "report.ClassCountRow"),
            Map.entry("RollupCell", "report.RollupCheck$Cell"),
            Map.entry("RollupCheck", "report.RollupCheck"),
            Map.entry("ActionAnswer", "classification.AssessmentAnswer$ActionAnswer"),
            Map.entry("ActionDefinition", "rules.ActionDefinition"),
            Map.entry("Aspect", "rules.RuleSetDiff$Aspect"),
            Map.entry("Appeal", "appeal.AppealAnswer"),
            Map.entry("AppealFiling", "appeal.AppealRequests$FilingRequest"),
            Map.entry("AppealPage", "appeal.AppealAnswer$Page"),
            Map.entry("AppealParty", "appeal.AppealParty"),
            Map.entry("AppealRuling", "appeal.AppealRequests$RulingRequest"),
            Map.entry("AppealState", "appeal.AppealState"),
            Map.entry("AppealStep", "appeal.AppealAnswer$Step"),
            Map.entry("AppealStepKind", "appeal.AppealStepKind"),
            Map.entry("AuditPublicKey", "audit.PublicKeyAnswer"),
            Map.entry("BatchResult", "batch.BatchResult"),
            Map.entry("BatchStatus", "batch.BatchStatus"),
            Map.entry("BatchSummary", "batch.BatchSummary"),
            Map.entry("Caller", "decision.Caller"),
            Map.entry("Checkpoint", "audit.Checkpoint"),
            Map.entry("CheckpointPage", "audit.CheckpointPage"),
            Map.entry("Citation", "rules.Citation"),
            Map.entry("LayerUse", "site.ScreenedSite$LayerUse"),
            Map.entry("ScreenedFeature", "site.ScreenedFeature"),
            Map.entry("SiteDiscrepancy", "site.ScreenedSite$Discrepancy"),
            Map.entry("SiteScreening", "classification.SiteAnswer"),
            Map.entry("ClassCounts", "batch.BatchSummary$ClassCounts"),
            Map.entry("ClassPolicy", "rules.RuleSetManifest$ClassPolicy"),
            Map.entry("Classification", "classification.ClassificationAnswer"),
            Map.entry("Coal", "decision.ProjectDescriptor$Coal"),
            Map.entry("CoalExposure", "decision.CoalExposure"),
            Map.entry("ConsistencyProof", "audit.ConsistencyProof"),
            Map.entry("ContradictionDefinition", "rules.ContradictionDefinition"),
            Map.entry("CriticalHabitat", "decision.CriticalHabitat"),
            Map.entry("CulturalHeritage", "decision.CulturalHeritage"),
            Map.entry("DecisionLogEntry", "decisionlog.DecisionLogEntry"),
            Map.entry("DecisionLogPage", "decisionlog.DecisionLogPage"),
            Map.entry("DecisionProcedure", "rules.DecisionProcedure"),
            Map.entry("Effect", "rules.Effect"),
            Map.entry("Eia", "decision.ProjectDescriptor$Eia"),
            Map.entry("EiaStandard", "decision.EiaStandard"),
            Map.entry("EiaStatus", "decision.EiaStatus"),
            Map.entry("Emissions", "decision.ProjectDescriptor$Emissions"),
            Map.entry("Ep4CategoryDefinition", "rules.Ep4CategoryDefinition"),
            Map.entry("Ep4Policy", "rules.RuleSetManifest$Ep4Policy"),
            Map.entry("Ep4ReadAcross", "classification.AssessmentAnswer$Ep4Answer"),
            Map.entry("Evaluation", "evaluation.EvaluationAnswer"),
            Map.entry("EvaluationBatchResult", "evaluation.EvaluationBatchResult"),
            Map.entry("ExcludedActivity", "decision.ExcludedActivity"),
            Map.entry("ExportedAppealStep", "decisionlog.ExportedAppealStep"),
            Map.entry("ExportedDecision", "decisionlog.ExportedDecision"),
            Map.entry("FieldError", "input.FieldError"),
            Map.entry("Finance", "decision.ProjectDescriptor$Finance"),
            Map.entry("FinanceType", "decision.FinanceType"),
            Map.entry("Hydro", "decision.ProjectDescriptor$Hydro"),
            Map.entry("Impact", "replay.Impact"),
            Map.entry("ImpactCell", "replay.Impact$Cell"),
            Map.entry("ImpactClassCounts", "replay.Impact$ClassCounts"),
            Map.entry("ImpactExcluded", "replay.Impact$ExcludedMovements"),
            Map.entry("ImpactMatrix", "replay.Impact$Matrix"),
            Map.entry("ImpactRow", "replay.Impact$Row"),
            Map.entry("ImpactTotals", "replay.Impact$Totals"),
            Map.entry("ImpliedFactAnswer", "classification.AssessmentAnswer$ImpliedFactAnswer"),
            Map.entry("ImpliedFactDefinition", "rules.ImpliedFactDefinition"),
            Map.entry("InclusionProof", "audit.InclusionProof"),
            Map.entry("IndigenousPeoplesConsent", "decision.IndigenousPeoplesConsent"),
            Map.entry("IntegrityProblem", "replay.IntegrityProblem"),
            Map.entry("Level", "rules.Level"),
            Map.entry("LocalizedText", "rules.LocalizedText"),
            Map.entry("MissingFact", "rules.Assessment$MissingFact"),
            Map.entry("Mitigation", "decision.Mitigation"),
            Map.entry("Objective", "rules.Objective"),
            Map.entry("ObjectiveAssessment", "rules.Assessment$ObjectiveAssessment"),
            Map.entry("Objectives", "classification.AssessmentAnswer$Objectives"),
            Map.entry("ParameterChange", "rules.RuleSetDiff$ParameterChange"),
            Map.entry("ParameterDefinition", "rules.ParameterDefinition"),
            Map.entry("Problem", "http.Problem"),
            Map.entry("ProjectDescriptor", "decision.ProjectDescriptor"),
            Map.entry("ProtectedArea", "decision.ProtectedArea"),
            Map.entry("ReasonAnswer", "classification.AssessmentAnswer$ReasonAnswer"),
            Map.entry("ReasonSummary", "replay.Outcome$ReasonSummary"),
            Map.entry("RemedyAnswer", "classification.AssessmentAnswer$RemedyAnswer"),
            Map.entry("Replay", "replay.Replay"),
            Map.entry("ReplayChange", "replay.Change"),
            Map.entry("ReplayDifference", "replay.Difference"),
            Map.entry("ReplayMode", "replay.ReplayMode"),
            Map.entry("ReplayOutcome", "replay.Outcome"),
            Map.entry("RuleChange", "rules.RuleSetDiff$RuleChange"),
            Map.entry("RuleDefinition", "rules.RuleDefinition"),
            Map.entry("RuleExample", "rules.RuleExample"),
            Map.entry("RuleSetDetail", "catalog.RulesResource$RuleSetDetail"),
            Map.entry("RuleSetDiff", "rules.RuleSetDiff"),
            Map.entry("RuleSetManifest", "rules.RuleSetManifest"),
            Map.entry("RuleSetRef", "rules.RuleSetRef"),
            Map.entry("RuleSetSummary", "catalog.RulesResource$RuleSetSummary"),
            Map.entry("Sector", "decision.Sector"),
            Map.entry("SensitiveReceptor", "decision.SensitiveReceptor"),
            Map.entry("SeqRange", "audit.VerificationReport$Range"),
            Map.entry("Site", "decision.ProjectDescriptor$Site"),
            Map.entry("Social", "decision.ProjectDescriptor$Social"),
            Map.entry("Stage", "decision.Stage"),
            Map.entry("TrafficLight", "rules.TrafficLight"),
            Map.entry("UndeterminedExclusion", "rules.Assessment$UndeterminedExclusion"),
            Map.entry("VerificationFailure", "audit.VerificationReport$Failure"),
            Map.entry("VerificationReport", "audit.VerificationReport"),
            Map.entry("VerificationRun", "audit.VerificationRun"),
            Map.entry("VerificationRunPage", "audit.VerificationRunResource$VerificationRunPage"),
            Map.entry("WorldHeritage", "decision.WorldHeritage"));
    /** Schemas of values the service writes as JSON strings, which no Java type of its own stands for. */
    private static final Set<String> STRINGS = Set.of("Instant", "LocalDate", "UUID",
            "com.fasterxml.jackson.databind.JsonNode");
    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModules(new Jdk8Module(), new JavaTimeModule())
            .build();

    @Test
    void everySchemaHasTheFieldsOrValuesOfItsJavaType() throws Exception {
        JsonNode schemas = new YAMLMapper().readTree(CONTRACT.toFile()).path("components").path("schemas");
        List<String> mismatches = new ArrayList<>();
        Set<String> named = new TreeSet<>();
        for (Map.Entry<String, JsonNode> schema : iterable(schemas)) {
            named.add(schema.getKey());
            if (STRINGS.contains(schema.getKey())) {
                continue;
            }
            String type = TYPES.get(schema.getKey());
            if (type == null) {
                mismatches.add(schema.getKey() + ": no Java type is known for it");
                continue;
            }
            Set<String> inContract = schema.getValue().has("enum") ? texts(schema.getValue().path("enum"))
                    : new TreeSet<>(names(schema.getValue().path("properties")));
            Set<String> inCode = jsonNames(Class.forName(BASE + type));
            if (!inContract.equals(inCode)) {
                mismatches.add(schema.getKey() + ": the contract has " + inContract + ", " + type + " has " + inCode);
            }
        }
        Set<String> described = new TreeSet<>(TYPES.keySet());
        described.removeAll(named);
        described.forEach(schema -> mismatches.add(schema + ": mapped here but not in the contract"));
        assertEquals(List.of(), mismatches);
    }

    /** The JSON property names of a type, or the JSON values of an enumeration's constants. */
    private static Set<String> jsonNames(Class<?> type) {
        if (type.isEnum()) {
            Set<String> values = new TreeSet<>();
            Arrays.stream(type.getEnumConstants()).forEach(constant -> values.add(JSON.convertValue(constant,
                    String.class)));
            return values;
        }
        BeanDescription description = JSON.getSerializationConfig().introspect(JSON.constructType(type));
        Set<String> names = new TreeSet<>();
        for (BeanPropertyDefinition property : description.findProperties()) {
            if (property.getAccessor().hasAnnotation(JsonUnwrapped.class)) {
                names.addAll(jsonNames(property.getRawPrimaryType()));
            } else if (property.couldSerialize()) {
                names.add(property.getName());
            }
        }
        return names;
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> texts = new TreeSet<>();
        array.forEach(value -> texts.add(value.asText()));
        return texts;
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode object) {
        return object::fields;
    }
}
