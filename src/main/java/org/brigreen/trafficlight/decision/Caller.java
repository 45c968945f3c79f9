package org.brigreen.trafficlight.decision;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Who asked for a decision, as the decision records it (and so hashes it into the chain).
 *
 * @param org     the caller's organisation, from the token's {@code org} claim
 * @param subject the token's subject ({@code sub}, else its {@code upn})
 * @param purpose why: {@value #LOAN_SCREENING} for a lender, {@value #SELF_CHECK} for an enterprise
 */
@Schema(description = "Who asked for the decision.")
public record Caller(
        @Schema(description = "The caller's organisation.", example = "acme-bank") String org,
        @Schema(description = "The caller: the token's subject.", example = "alice@acme-bank.example") String subject,
        @Schema(description = "Why the caller classified: loan_screening or self_check.", example = "loan_screening")
        String purpose) {

    public static final String LOAN_SCREENING = "loan_screening";
    public static final String SELF_CHECK = "self_check";
}
