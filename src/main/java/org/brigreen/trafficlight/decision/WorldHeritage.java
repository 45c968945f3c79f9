package org.brigreen.trafficlight.decision;

import org.brigreen.trafficlight.rules.WireNamed;

/** UNESCO World Heritage status of the site. */
public enum WorldHeritage implements WireNamed {
    NONE,
    NATURAL,
    MIXED,
    CULTURAL
}
