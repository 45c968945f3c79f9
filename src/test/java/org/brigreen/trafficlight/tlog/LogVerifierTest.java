package org.brigreen.trafficlight.tlog;

import java.security.PublicKey;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.brigreen.trafficlight.tlog.LogVerifier.Failure;
import org.brigreen.trafficlight.tlog.LogVerifier.Reason;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The streaming verifier finds the first damage of each kind at its sequence number, and nothing in a sound log. */
class LogVerifierTest {

    private final SyntheticLog log = new SyntheticLog(20, 5, 13, 20);

    @Test
    void aSoundLogHolds() {
        LogVerifier verifier = LogVerifier.fromGenesis(log.key.getPublic(), log.checkpoints.iterator());
        assertEquals(Optional.empty(), run(verifier, log.rows, 20));
        assertEquals(20, verifier.records());
        assertEquals(3, verifier.rootsChecked());
        assertEquals(3, verifier.signaturesChecked());
    }

    @Test
    void aChangedRecordFailsAtItsSeq() {
        log.rows.set(6, log.rows.get(6).withRecord(SyntheticLog.record(7, "red")));
        assertFailure(7, Reason.RECORD_HASH_MISMATCH);
    }

    @Test
    void aRemovedRecordFailsAtItsSeq() {
        log.rows.remove(6);
        assertFailure(7, Reason.MISSING_SEQUENCE_NUMBER);
    }

    @Test
    void removedLastRecordsAreMissingUpToTheLastCheckpoint() {
        log.rows.remove(19);
        log.rows.remove(18);
        assertFailure(19, Reason.MISSING_SEQUENCE_NUMBER);
    }

    @Test
    void aRecordWithARecomputedEntryHashBreaksTheChainAtItsSeq() {
        String changed = SyntheticLog.record(7, "red");
        log.rows.set(6, log.rows.get(6).withRecord(changed).withHashes(LogHashes.entryHash(changed),
                log.rows.get(6).chainHash()));
        assertFailure(7, Reason.CHAIN_BREAK);
    }

    @Test
    void aRewriteWithARecomputedChainFailsAtTheFirstCheckpointAfterIt() {
        log.rewriteFrom(7, "red");
        assertFailure(13, Reason.CHECKPOINT_ROOT_MISMATCH);
    }

    @Test
    void aCheckpointWithABadSignatureFailsAtItsTreeSize() {
        SignedCheckpoint good = log.checkpoints.get(0);
        byte[] signature = good.signature().clone();
        signature[10] ^= 0x01;
        log.checkpoints.set(0, new SignedCheckpoint(good.treeSize(), good.rootHash(), good.signedAt(), good.keyId(),
                signature, good.previousTreeSize()));
        assertFailure(5, Reason.BAD_SIGNATURE);
    }

    @Test
    void aCheckpointWithAnotherSigningTimeFailsItsSignature() {
        SignedCheckpoint good = log.checkpoints.get(1);
        log.checkpoints.set(1, new SignedCheckpoint(good.treeSize(), good.rootHash(), good.signedAt().plusNanos(1000),
                good.keyId(), good.signature(), good.previousTreeSize()));
        assertFailure(13, Reason.BAD_SIGNATURE);
    }

    @Test
    void checkpointsOfAnotherKeyFail() {
        PublicKey other = Ed25519Keys.generate().getPublic();
        Optional<Failure> failure = run(LogVerifier.fromGenesis(other, log.checkpoints.iterator()), log.rows, 20);
        assertEquals(Reason.BAD_SIGNATURE, failure.orElseThrow().reason());
        assertEquals(5, failure.get().seq());
    }

    @Test
    void aRunFromTheMiddleIsAnchoredAtThePreviousChainHashAndChecksTheCheckpointsInIt() {
        CompactRange preceding = new CompactRange();
        log.rows.subList(0, 9).forEach(row -> preceding.append(row.entryHash()));
        LogVerifier verifier = LogVerifier.from(10, log.rows.get(8).chainHash(), preceding, 5, log.key.getPublic(),
                List.of(log.checkpoints.get(1), log.checkpoints.get(2)).iterator());
        assertEquals(Optional.empty(), run(verifier, log.rows.subList(9, 20), 20));
        assertEquals(11, verifier.records());
        assertEquals(2, verifier.rootsChecked());
    }

    @Test
    void aRunFromTheMiddleWithAWrongAnchorBreaksTheChainAtItsFirstSeq() {
        LogVerifier verifier = LogVerifier.from(10, log.rows.get(7).chainHash(), null, LogVerifier.UNKNOWN,
                log.key.getPublic(), List.<SignedCheckpoint>of().iterator());
        assertEquals(new FailureAt(10, Reason.CHAIN_BREAK), at(run(verifier, log.rows.subList(9, 20), 20)));
    }

    @Test
    void aRewriteWithARecomputedChainIsPlacedAfterTheCheckpointBeforeIt() {
        log.rewriteFrom(7, "red");
        Failure failure = run(LogVerifier.fromGenesis(log.key.getPublic(), log.checkpoints.iterator()), log.rows, 20)
                .orElseThrow();
        assertEquals(List.of(6L, 13L), List.of(failure.rangeFrom(), failure.rangeTo()), failure.detail());
    }

    @Test
    void aCopyThatDiffersFromItsRecordIsNamedWithItsColumn() {
        LogVerifier verifier = LogVerifier.fromGenesis(log.key.getPublic(), log.checkpoints.iterator());
        for (SyntheticLog.Row row : log.rows.subList(0, 8)) {
            Map<RecordCopy, String> copies = new EnumMap<>(RecordCopy.of(row.record()));
            if (row.seq() == 8) {
                copies.put(RecordCopy.TRAFFIC_LIGHT, "red");
            }
            Optional<Failure> failure = verifier.accept(row.seq(), row.record(), row.entryHash(), row.chainHash(),
                    copies);
            if (row.seq() < 8) {
                assertEquals(Optional.empty(), failure);
            } else {
                assertEquals(new FailureAt(8, Reason.COLUMN_MISMATCH), at(failure));
                assertEquals("traffic_light", failure.get().column());
                assertTrue(failure.get().detail().contains("\"class\""), failure.get().detail());
            }
        }
    }

    @Test
    void aRecordThatIsNotADecisionCannotHaveItsCopiesChecked() {
        String record = "{\"id\":\"x\"}";
        LogVerifier verifier = LogVerifier.fromGenesis(log.key.getPublic(), List.<SignedCheckpoint>of().iterator());
        byte[] entry = LogHashes.entryHash(record);
        Optional<Failure> failure = verifier.accept(1, record, entry, LogHashes.chainHash(LogHashes.GENESIS, entry),
                new EnumMap<>(RecordCopy.class));
        assertEquals(new FailureAt(1, Reason.UNREADABLE_RECORD), at(failure));
    }

    @Test
    void aCheckpointRemovedFromTheChainIsMissingAtItsTreeSize() {
        log.checkpoints.remove(1);
        assertFailure(13, Reason.MISSING_CHECKPOINT);
    }

    @Test
    void theFirstCheckpointRemovedIsMissingToo() {
        log.checkpoints.remove(0);
        assertFailure(5, Reason.MISSING_CHECKPOINT);
    }

    @Test
    void aCheckpointThatTheChainSkipsBreaksIt() {
        log.checkpoints.add(1, log.sign(9, log.checkpoints.get(0).signedAt().plusSeconds(1), 5));
        assertFailure(9, Reason.CHECKPOINT_CHAIN_BREAK);
    }

    @Test
    void unlinkedCheckpointsOfEarlierDaysHoldBeforeLinkedOnesAndBreakTheChainAfterThem() {
        SignedCheckpoint first = log.checkpoints.get(0);
        log.checkpoints.set(0, log.signUnlinked(first.treeSize(), first.signedAt()));
        LogVerifier verifier = LogVerifier.fromGenesis(log.key.getPublic(), log.checkpoints.iterator());
        assertEquals(Optional.empty(), run(verifier, log.rows, 20));
        assertEquals(2, verifier.linksChecked());

        SignedCheckpoint last = log.checkpoints.get(2);
        log.checkpoints.set(2, log.signUnlinked(last.treeSize(), last.signedAt()));
        assertFailure(20, Reason.CHECKPOINT_CHAIN_BREAK);
    }

    @Test
    void aLogThatEndsBeforeASignedCheckpointIsMissingItsEnd() {
        List<SyntheticLog.Row> rows = log.rows.subList(0, 17);
        Optional<Failure> failure = run(LogVerifier.fromGenesis(log.key.getPublic(), log.checkpoints.iterator()),
                rows, 17);
        assertEquals(new FailureAt(18, Reason.MISSING_SEQUENCE_NUMBER), at(failure));
        assertEquals(List.of(18L, 20L), List.of(failure.get().rangeFrom(), failure.get().rangeTo()));
        assertTrue(failure.get().detail().contains("tree size 20"), failure.get().detail());
    }

    @Test
    void aLongLogIsCheckedRecordByRecord() {
        SyntheticLog longLog = new SyntheticLog(5000, 1000, 2000, 4999);
        LogVerifier verifier = LogVerifier.fromGenesis(longLog.key.getPublic(), longLog.checkpoints.iterator());
        assertEquals(Optional.empty(), run(verifier, longLog.rows, 5000));
        assertEquals(3, verifier.rootsChecked());
        assertEquals(5000, verifier.records());
    }

    private void assertFailure(long seq, Reason reason) {
        Optional<Failure> failure = run(LogVerifier.fromGenesis(log.key.getPublic(), log.checkpoints.iterator()),
                log.rows, 20);
        assertEquals(new FailureAt(seq, reason), at(failure), failure.map(Failure::detail).orElse("no failure"));
    }

    private record FailureAt(long seq, Reason reason) {
    }

    private static FailureAt at(Optional<Failure> failure) {
        return failure.map(f -> new FailureAt(f.seq(), f.reason())).orElse(null);
    }

    private static Optional<Failure> run(LogVerifier verifier, List<SyntheticLog.Row> rows, long lastSeq) {
        for (SyntheticLog.Row row : rows) {
            Optional<Failure> failure = verifier.accept(row.seq(), row.record(), row.entryHash(), row.chainHash());
            if (failure.isPresent()) {
                return failure;
            }
        }
        return verifier.finish(lastSeq);
    }
}
