package org.brigreen.trafficlight.rules;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One rule as written in a rule file: a CEL condition over the descriptor's facts and the rule set's parameters,
 * the effect it has when the condition holds, and the texts that explain and justify it.
 *
 * @param when        CEL condition; facts by their dotted names ({@code site.kba}), parameters as {@code params.name}
 * @param basis       where a borrowed threshold comes from, if the rule uses one
 * @param remedy      what would lift the class, where anything can
 * @param examples    descriptor fragments with the expected outcome, run at load and by the test suite
 */
@Schema(description = "A rule as written in its rule file.")
public record RuleDefinition(
        @Schema(description = "Id, unique within the version.", example = "coal.new-power")
        String id,

        @Schema(description = "The objective the rule speaks to.", example = "climate")
        Objective objective,

        @Schema(description = "What the rule does when its condition holds.")
        Effect effect,

        @Schema(description = "A blocking rule: no uplift while it matches.", example = "true")
        boolean blocking,

        @Schema(description = "CEL condition over the descriptor's facts and the version's parameters.",
                example = "sector == 'coal_power' && stage in ['planned', 'financed_not_started']")
        String when,

        @Schema(description = "Why the rule matched, in both languages.")
        LocalizedText message,

        @Schema(description = "The policy text the rule comes from.")
        Citation citation,

        @Schema(description = "Where a borrowed threshold comes from.")
        LocalizedText basis,

        @Schema(description = "Actions required while the rule matches.")
        List<LocalizedText> requiredActions,

        @Schema(description = "What would lift the class.")
        LocalizedText remedy,

        @Schema(description = "Descriptor fragments with the outcome the rule must give; run at load and in tests.")
        List<RuleExample> examples) {

    public RuleDefinition {
        effect = effect == null ? new Effect(null, false, null, null, false) : effect;
        requiredActions = requiredActions == null ? List.of() : List.copyOf(requiredActions);
        examples = examples == null ? List.of() : List.copyOf(examples);
    }
}
