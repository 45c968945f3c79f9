package org.brigreen.trafficlight.decisionlog;

/**
 * One line of the NDJSON export of the whole log for the step of an appeal: its place in the chain and its canonical
 * record, byte for byte as it was hashed. Nothing is copied beside the record, which says what the step is.
 */
record ExportedAppealStep(long seq, String entryHash, String chainHash, String record) {

    static ExportedAppealStep of(LoggedAppealStep step) {
        return new ExportedAppealStep(step.seq(), step.entryHashHex(), step.chainHashHex(), step.record());
    }
}
