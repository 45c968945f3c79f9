package org.brigreen.trafficlight.web;

import org.brigreen.trafficlight.classification.ClassificationAnswer;

/**
 * The screening certificate of a recorded decision: the answer as the API gives it, read back from its record, and
 * the record's place in the hash-chained log, which a lender handed the paper can check.
 *
 * @param decidedAt the time decided, plainly in UTC
 * @param stage     the project's life-cycle stage; null in a record without one
 * @param org       the organisation it was recorded for; null in records made before callers were recorded
 * @param entryHash the record's RFC 9162 leaf hash, SHA-256(0x00 || record), in hex
 * @param chainHash SHA-256(previous chain hash || entry hash), in hex
 */
record Certificate(ClassificationAnswer answer, String decidedAt, String stage, String org, long seq,
        String entryHash, String chainHash) {

    /** Where the API gives the record's inclusion proof in the signed log. */
    public String proofPath() {
        return "/v1/decisions/" + answer.decisionId() + "/proof";
    }

    /** The page of its project's decisions over time; null without a reference. */
    public String projectPath() {
        String reference = answer.assessment().reference();
        return reference == null ? null : DecisionRow.projectPath(reference);
    }

    /** Where the API gives the decision itself. */
    public String decisionPath() {
        return "/v1/decisions/" + answer.decisionId();
    }
}
