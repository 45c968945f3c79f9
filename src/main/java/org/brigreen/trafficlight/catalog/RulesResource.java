package org.brigreen.trafficlight.catalog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.brigreen.trafficlight.http.Problem;
import org.brigreen.trafficlight.ratelimit.RateLimited;
import org.brigreen.trafficlight.rules.LocalizedText;
import org.brigreen.trafficlight.rules.Rule;
import org.brigreen.trafficlight.rules.RuleDefinition;
import org.brigreen.trafficlight.rules.RuleSet;
import org.brigreen.trafficlight.rules.RuleSetCatalog;
import org.brigreen.trafficlight.rules.RuleSetDiff;
import org.brigreen.trafficlight.rules.RuleSetManifest;
import org.brigreen.trafficlight.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/rulesets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rule sets", description = "The versioned rule sets the service classifies with.")
@RolesAllowed({Roles.LENDER, Roles.ENTERPRISE, Roles.REGULATOR, Roles.RULES_ADMIN})
@RateLimited
public class RulesResource {

    private final RuleSetCatalog catalog;

    public RulesResource(RuleSetCatalog catalog) {
        this.catalog = catalog;
    }

    @GET
    @Operation(summary = "List the loaded rule-set versions",
            description = "Every version loaded side by side, with its digest, effective date and status, and "
                    + "which is the default today.")
    @APIResponse(responseCode = "200", description = "The loaded versions, in id and version order.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RuleSetSummary.class, type = SchemaType.ARRAY),
                    examples = @ExampleObject(name = "loaded", value = """
                            [{"id": "bri-traffic-light", "version": "2021.2",
                              "title": {"en": "BRI green-development traffic light, after the 2021 pledge",
                                        "zh": "共建“一带一路”绿色发展项目分类（“红绿灯”）"},
                              "status": "published", "effectiveFrom": "2021-09-22",
                              "digest": "sha256:965c5a283a1513949d90aa5022fa3ec82dad2d9f75b7721fb428885e55d60dff",
                              "isDefault": false, "ruleCount": 23},
                             {"id": "bri-traffic-light", "version": "2022.1",
                              "title": {"en": "BRI green-development traffic light, after the 2022 Opinions",
                                        "zh": "共建“一带一路”绿色发展项目分类（“红绿灯”）"},
                              "status": "published", "effectiveFrom": "2022-03-28",
                              "digest": "sha256:3008b8620d9c184fae54a84a66a8b8a52e1050ddd6a9eefd4c2ad063c683997f",
                              "isDefault": true, "ruleCount": 26}]
                            """)))
    public List<RuleSetSummary> list() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return catalog.all().stream().map(ruleSet -> summary(ruleSet, today)).toList();
    }

    @GET
    @Path("/{id}/versions/{version}")
    @Operation(summary = "Read one rule-set version", description = "Its parameters, sources, class policies and "
            + "every rule with its condition, effect, texts in both languages, citation and examples.")
    @APIResponse(responseCode = "200", description = "The rule-set version.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RuleSetDetail.class),
                    examples = @ExampleObject(name = "one-rule", summary = "Abridged to one parameter and one rule",
                            value = """
                            {"summary": {"id": "bri-traffic-light", "version": "2022.1", "status": "published",
                                         "effectiveFrom": "2022-03-28", "isDefault": true, "ruleCount": 26,
                                         "digest": "sha256:3008b8620d9c184fae54a84a66a8b8a52e1050ddd6a9eefd4c2ad063c683997f"},
                             "manifest": {"id": "bri-traffic-light", "version": "2022.1", "status": "published",
                                          "effectiveFrom": "2022-03-28",
                                          "parameters": {"coalCutoff": {"type": "date", "value": "2021-09-21"}}},
                             "rules": [{"id": "coal.new-power", "objective": "climate",
                                        "effect": {"finding": "significant", "floor": "red", "excluded": true},
                                        "blocking": true,
                                        "when": "sector == 'coal_power' && stage in ['planned', 'financed_not_started']",
                                        "citation": {"source": "OPINIONS-2022", "clause": "§14"}}]}
                            """)))
    @APIResponse(responseCode = "404", description = "No such rule set or version.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown-version", value = """
                            {"type": "urn:problem-type:traffic-light:unknown-rule-set", "title": "Not Found",
                             "status": 404,
                             "detail": "Rule set 'bri-traffic-light' has no version '2019.1'. Loaded: [2021.2, 2022.1].",
                             "instance": "/v1/rulesets/bri-traffic-light/versions/2019.1"}
                            """)))
    public RuleSetDetail get(
            @Parameter(description = "Rule-set id.", example = "bri-traffic-light") @PathParam("id") String id,
            @Parameter(description = "Version.", example = "2022.1") @PathParam("version") String version) {
        RuleSet ruleSet = catalog.select(id, version, LocalDate.now(ZoneOffset.UTC));
        return new RuleSetDetail(summary(ruleSet, LocalDate.now(ZoneOffset.UTC)), ruleSet.manifest(),
                ruleSet.rules().stream().map(Rule::definition).toList());
    }

    @GET
    @Path("/{id}/versions/{a}/diff/{b}")
    @Operation(summary = "Compare two rule-set versions", description = "What changed from version a to version b: "
            + "rules added, removed and changed, and parameters added, removed and changed (type or value). Rules are "
            + "matched by id; a changed rule lists the aspects that changed: condition (ignoring how the line is "
            + "wrapped), effect (with the blocking flag and the objective), parameters (a parameter its condition "
            + "uses changed type or value, or exists in only one version) and messages (message, basis, remedy or "
            + "required actions, in either language). A change of citation alone is not a change: a rule cited to "
            + "a newer policy text is the same rule. A version compared with itself gives an empty diff.")
    @APIResponse(responseCode = "200", description = "The changes from a to b, each list in id order.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RuleSetDiff.class),
                    examples = @ExampleObject(name = "2021.2-to-2022.1",
                            summary = "What 2022.1 adds to 2021.2, rules abridged", value = """
                            {"from": {"id": "bri-traffic-light", "version": "2021.2",
                                      "digest": "sha256:965c5a283a1513949d90aa5022fa3ec82dad2d9f75b7721fb428885e55d60dff"},
                             "to": {"id": "bri-traffic-light", "version": "2022.1",
                                    "digest": "sha256:3008b8620d9c184fae54a84a66a8b8a52e1050ddd6a9eefd4c2ad063c683997f"},
                             "addedRules": [
                               {"id": "eia.host-standard-only", "objective": "compliance", "effect": {"cap": "amber"},
                                "blocking": false,
                                "when": "sector in params.highImpactSectors && eia.standard == 'host_country'",
                                "citation": {"source": "GUIDELINES-2022", "clause": "Art. 5"}},
                               {"id": "site.conflict-affected", "objective": "compliance", "effect": {"cap": "amber"},
                                "blocking": false, "when": "site.conflictAffected",
                                "citation": {"source": "OPINIONS-2022", "clause": "basic principles"}},
                               {"id": "site.critical-habitat-unknown", "objective": "biodiversity",
                                "effect": {"cap": "amber"}, "blocking": false,
                                "when": "sector in params.highImpactSectors && site.criticalHabitat == 'unknown'",
                                "citation": {"source": "GUIDELINES-2022", "clause": "Art. 18"}}],
                             "removedRules": [],
                             "changedRules": [
                               {"id": "coal.operating", "aspects": ["messages"],
                                "from": {"id": "coal.operating",
                                         "message": {"en": "Operating coal power is a significant climate harm.",
                                                     "zh": "运营中的煤电项目对气候造成重大影响。"},
                                         "citation": {"source": "BRIGC-GDG-2020",
                                                      "clause": "traffic-light system, climate objective"},
                                         "requiredActions": []},
                                "to": {"id": "coal.operating",
                                  "message": {
                                    "en": "Operating coal power remains a significant climate harm; it is to be upgraded.",
                                    "zh": "境外运营煤电项目仍对气候造成重大影响，应推动其绿色低碳升级改造。"},
                                  "citation": {"source": "OPINIONS-2022", "clause": "§14"},
                                  "requiredActions": [
                                    {"en": "Upgrade to high-efficiency desulphurisation, denitrification and dust removal.",
                                     "zh": "推动高效脱硫、脱硝、除尘改造升级。"},
                                    {"en": "Assess and pursue carbon capture, utilisation and storage (CCUS).",
                                     "zh": "研究推进碳捕集、利用与封存（CCUS）。"},
                                    {"en": "Publish environmental information, emissions included.",
                                     "zh": "公开环境信息，包括排放数据。"}]}}],
                             "addedParameters": {}, "removedParameters": {}, "changedParameters": {}}
                            """)))
    @APIResponse(responseCode = "404", description = "No such rule set or version.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown-version", value = """
                            {"type": "urn:problem-type:traffic-light:unknown-rule-set", "title": "Not Found",
                             "status": 404,
                             "detail": "Rule set 'bri-traffic-light' has no version '2019.1'. Loaded: [2021.2, 2022.1].",
                             "instance": "/v1/rulesets/bri-traffic-light/versions/2019.1/diff/2022.1"}
                            """)))
    public RuleSetDiff diff(
            @Parameter(description = "Rule-set id.", example = "bri-traffic-light") @PathParam("id") String id,
            @Parameter(description = "The version compared from.", example = "2021.2") @PathParam("a") String a,
            @Parameter(description = "The version compared to.", example = "2022.1") @PathParam("b") String b) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return RuleSetDiff.between(catalog.select(id, a, today), catalog.select(id, b, today));
    }

    private RuleSetSummary summary(RuleSet ruleSet, LocalDate today) {
        boolean isDefault = catalog.defaultVersion(ruleSet.id(), today)
                .map(d -> d.version().equals(ruleSet.version()))
                .orElse(false);
        return new RuleSetSummary(ruleSet.id(), ruleSet.version(), ruleSet.manifest().title(),
                ruleSet.manifest().status(), ruleSet.effectiveFrom(), ruleSet.digest(), isDefault,
                ruleSet.rules().size());
    }

    @Schema(description = "A loaded rule-set version.")
    public record RuleSetSummary(
            @Schema(description = "Rule-set id.", example = "bri-traffic-light") String id,
            @Schema(description = "Version.", example = "2022.1") String version,
            @Schema(description = "Title in English and Chinese.") LocalizedText title,
            @Schema(description = "published, or draft (used only when pinned).", example = "published",
                    enumeration = {"published", "draft"}) String status,
            @Schema(description = "Date from which the version may be the default.", example = "2022-03-28")
            LocalDate effectiveFrom,
            @Schema(description = "SHA-256 of the version's files, as sha256:<hex>.",
                    example = "sha256:3f1c9a0e8b7d6c5f4e3d2c1b0a9f8e7d6c5b4a39281706f5e4d3c2b1a0f9e8d7") String digest,
            @Schema(description = "This version decides when a caller pins none.", example = "true")
            boolean isDefault,
            @Schema(description = "Number of rules.", example = "24") int ruleCount) {
    }

    @Schema(description = "A rule-set version in full.")
    public record RuleSetDetail(
            @Schema(description = "The version as listed.")
            RuleSetSummary summary,
            @Schema(description = "The version's ruleset.yaml: sources, parameters, class policies, EP4 scope.")
            RuleSetManifest manifest,
            @Schema(description = "Every rule, in the order the engine evaluates them.",
                    example = "[{\"id\": \"exclusion.listed-activity\", \"objective\": \"compliance\", "
                            + "\"effect\": {\"floor\": \"red\", \"excluded\": true}, \"blocking\": true, "
                            + "\"when\": \"size(excludedActivities) > 0\"}]")
            List<RuleDefinition> rules) {
    }

}
