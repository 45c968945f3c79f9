package org.brigreen.trafficlight.decision;

/**
 * Who asked for a decision, as the decision records it (and so hashes it into the chain).
 *
 * @param org     the caller's organisation, from the token's {@code org} claim
 * @param subject the token's subject ({@code sub}, else its {@code upn})
 * @param purpose why: {@value #LOAN_SCREENING} for a lender, {@value #SELF_CHECK} for an enterprise,
 *                {@value #APPEAL_UPHELD} for the decision a regulator made by upholding an appeal (the organisation is
 *                then the appellant's, and the subject the regulator's)
 */
public record Caller(
        String org,
        String subject,
        String purpose) {

    public static final String LOAN_SCREENING = "loan_screening";
    public static final String SELF_CHECK = "self_check";
    public static final String APPEAL_UPHELD = "appeal_upheld";
}
