package org.brigreen.trafficlight.rules;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a rule comes from: a source id of METHODOLOGY §1 and the clause within it. */
@Schema(description = "The policy text a rule comes from.")
public record Citation(
        @NotBlank
        @Schema(description = "Source id, as listed in the rule set's sources.", example = "OPINIONS-2022")
        String source,

        @NotBlank
        @Schema(description = "Clause, article or section within the source.", example = "§14")
        String clause) {
}
