package org.brigreen.trafficlight.replay;

import org.brigreen.trafficlight.rules.WireNamed;

/** What a replay checks: that the recorded decision is reproduced, or what another version would conclude. */
public enum ReplayMode implements WireNamed {
    REPRODUCTION,
    COMPARISON
}
