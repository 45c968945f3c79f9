package org.brigreen.trafficlight.decision;

import org.brigreen.trafficlight.rules.WireNamed;

/** Where the site lies with respect to cultural heritage. */
public enum CulturalHeritage implements WireNamed {
    NONE,
    ADJACENT,
    INSIDE
}
