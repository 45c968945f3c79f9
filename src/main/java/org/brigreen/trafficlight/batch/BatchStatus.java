package org.brigreen.trafficlight.batch;

import java.util.Locale;
import org.brigreen.trafficlight.rules.WireNamed;

/** How far a batch got, named in JSON and in the database in lower case. */
public enum BatchStatus implements WireNamed {
    RUNNING,
    COMPLETED,
    INCOMPLETE;

    static BatchStatus fromWireName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
