package org.brigreen.trafficlight.tlog;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a record says for each copied column, read the same way by the service and the offline verifier. */
class RecordCopyTest {

    @Test
    void everyCopiedFieldIsReadInItsNormalForm() {
        Map<RecordCopy, String> says = RecordCopy.of(SyntheticLog.record(3, "red"));
        assertEquals("true", says.get(RecordCopy.EXCLUDED));
        assertEquals("red", says.get(RecordCopy.TRAFFIC_LIGHT));
        assertEquals("LN-3", says.get(RecordCopy.REFERENCE));
        assertEquals("KE", says.get(RecordCopy.COUNTRY));
        assertEquals("wind_onshore", says.get(RecordCopy.SECTOR));
        assertEquals("bri-traffic-light", says.get(RecordCopy.RULESET_ID));
        assertEquals("2022.1", says.get(RecordCopy.RULESET_VERSION));
        assertEquals("acme-bank", says.get(RecordCopy.ORG));
        assertEquals("2026-05-20T08:15:33.123456Z", says.get(RecordCopy.DECIDED_AT));
        assertTrue(says.get(RecordCopy.ID).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
        assertTrue(says.get(RecordCopy.BATCH_ID).matches("[0-9a-f-]{36}"));
    }

    @Test
    void aRecordWithoutCallerReferenceOrBatchSaysNoneOfThem() {
        Map<RecordCopy, String> first = RecordCopy.of(SyntheticLog.record(1, "green"));
        assertNull(first.get(RecordCopy.ORG));
        assertNull(first.get(RecordCopy.BATCH_ID));
        assertNull(RecordCopy.of(SyntheticLog.record(2, "green")).get(RecordCopy.REFERENCE));
    }

    @Test
    void anInstantIsComparedAsAnInstant() {
        String record = SyntheticLog.record(4, "green").replace("08:15:34.123456Z", "08:15:34.123456000Z");
        assertEquals("2026-05-20T08:15:34.123456Z", RecordCopy.of(record).get(RecordCopy.DECIDED_AT));
    }

    @Test
    void whatIsNotADecisionsJsonIsUnreadable() {
        String record = SyntheticLog.record(4, "green");
        for (String unreadable : new String[] {"[]", "{", "not json", record + "{}",
                record.replace("\"country\":\"KE\"", "\"country\":\"KE\",\"country\":\"PK\""),
                record.replace("\"excluded\":false", "\"excluded\":\"false\""),
                record.replace("\"id\":\"", "\"id\":\"X"),
                record.replace(",\"sector\":\"wind_onshore\"", "")}) {
            assertNotEquals(record, unreadable);
            assertThrows(RecordCopy.UnreadableRecordException.class, () -> RecordCopy.of(unreadable), unreadable);
        }
    }

    @Test
    void theFirstCopyThatDiffersIsNamedInColumnOrder() {
        Map<RecordCopy, String> recorded = RecordCopy.of(SyntheticLog.record(5, "green"));
        Map<RecordCopy, String> copies = new EnumMap<>(recorded);
        assertEquals(Optional.empty(), RecordCopy.firstMismatch(recorded, copies));
        copies.put(RecordCopy.ORG, null);
        copies.put(RecordCopy.SECTOR, "coal_power");
        RecordCopy.Mismatch mismatch = RecordCopy.firstMismatch(recorded, copies).orElseThrow();
        assertEquals(RecordCopy.SECTOR, mismatch.copy());
        assertEquals("\"sector\" (column sector) is \"coal_power\", but the record says \"wind_onshore\": the copy "
                + "was changed after it was logged.", mismatch.detail());
    }
}
