package org.brigreen.trafficlight.rules;

import jakarta.validation.constraints.NotBlank;

/** Where a rule comes from: a source id of METHODOLOGY §1 and the clause within it. */
public record Citation(
        @NotBlank
        String source,

        @NotBlank
        String clause) {
}
