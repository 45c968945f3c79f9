package org.brigreen.trafficlight.replay;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a replay checks: that the recorded decision is reproduced, or what another version would conclude. */
@Schema(description = "reproduction: under the very rule-set version that decided, which must give the recorded "
        + "assessment again; comparison: under another version, showing what would change.")
public enum ReplayMode {
    REPRODUCTION,
    COMPARISON;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
