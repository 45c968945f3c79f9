package org.brigreen.trafficlight.decisionlog;

import java.util.HexFormat;

/**
 * The step of an appeal as the log stores it, between the decisions: its canonical record, exactly the text that was
 * hashed, and its place in the chain. The hash arrays are not copied: do not change them.
 */
public record LoggedAppealStep(long seq, String record, byte[] entryHash, byte[] chainHash) {

    private static final HexFormat HEX = HexFormat.of();

    /** The entry hash in lower-case hex. */
    public String entryHashHex() {
        return HEX.formatHex(entryHash);
    }

    /** The chain hash in lower-case hex. */
    public String chainHashHex() {
        return HEX.formatHex(chainHash);
    }
}
