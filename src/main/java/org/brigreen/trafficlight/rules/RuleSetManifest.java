package org.brigreen.trafficlight.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The {@code ruleset.yaml} of a rule-set version: what it is, when it takes effect, the sources its rules cite,
 * its parameters, and what each class means for a lender.
 *
 * @param status  {@code published}, or {@code draft} (used only when pinned)
 * @param classes per class: the required actions and the Equator Principles category it reads across to
 * @param ep4     when the Equator Principles apply to the project
 */
@Schema(description = "The ruleset.yaml of a version: what it is, its sources, parameters and class policies.")
public record RuleSetManifest(
        @Schema(description = "Rule-set id.", example = "bri-traffic-light")
        String id,

        @Schema(description = "Version.", example = "2022.1")
        String version,

        @Schema(description = "Title in both languages.")
        LocalizedText title,

        @Schema(description = "Date from which the version may be the default.", example = "2022-03-28")
        LocalDate effectiveFrom,

        @Schema(description = "published, or draft.", example = "published", enumeration = {"published", "draft"})
        String status,

        @Schema(description = "The sources rules may cite, by id.",
                example = "{\"PLEDGE-2021\": \"Statement at the UN General Assembly, 21 September 2021\"}")
        Map<String, String> sources,

        @Schema(description = "Named thresholds, dates and lists, by name.",
                example = "{\"coalCutoff\": {\"type\": \"date\", \"value\": \"2021-09-21\"}}")
        Map<String, ParameterDefinition> parameters,

        @Schema(description = "What each class means for a lender: red, amber, green.",
                example = "{\"red\": {\"ep4Category\": \"A\", \"requiredActions\": []}}")
        Map<TrafficLight, ClassPolicy> classes,

        @Schema(description = "When the Equator Principles apply.")
        Ep4Policy ep4) {

    public static final String PUBLISHED = "published";
    public static final String DRAFT = "draft";

    public RuleSetManifest {
        sources = sources == null ? Map.of() : Map.copyOf(sources);
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        classes = classes == null ? Map.of() : Map.copyOf(classes);
    }

    /** What a class means for a lender (METHODOLOGY §2): required actions and the EP4 read-across. */
    @Schema(description = "What a class means for a lender.")
    public record ClassPolicy(
            @Schema(description = "Equator Principles category the class reads across to.", example = "A")
            String ep4Category,

            @Schema(description = "Actions required of every project of the class.")
            List<LocalizedText> requiredActions,

            @Schema(description = "Where the class policy comes from.")
            Citation citation) {
        public ClassPolicy {
            requiredActions = requiredActions == null ? List.of() : List.copyOf(requiredActions);
        }
    }

    /** The Equator Principles scope test, as a CEL condition like a rule's. */
    @Schema(description = "The Equator Principles scope test.")
    public record Ep4Policy(
            @Schema(description = "CEL condition under which EP4 applies.",
                    example = "finance.capexUsd >= params.ep4MinCapexUsd")
            String appliesWhen,

            @Schema(description = "Where the scope test comes from.")
            Citation citation) {
    }
}
