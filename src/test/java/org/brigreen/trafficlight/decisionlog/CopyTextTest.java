package org.brigreen.trafficlight.decisionlog;

import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Rows in COPY's text format: what would break a row is escaped, everything else goes as it is. */
class CopyTextTest {

    @Test
    void textIsEscapedOnlyWhereCopyWouldMisreadIt() {
        String row = new CopyText()
                .text("{\"message\":\"plain, with \\\"quotes\\\" and 中文\"}")
                .text("tab\there\nnewline\rreturn\\backslash")
                .text(null)
                .plain(42)
                .bytea(new byte[] {0x00, (byte) 0xab})
                .endRow()
                .toString();
        assertEquals("{\"message\":\"plain, with \\\\\"quotes\\\\\" and 中文\"}\t"
                + "tab\\there\\nnewline\\rreturn\\\\backslash\t\\N\t42\t\\\\x00ab\n", row);
    }
}
