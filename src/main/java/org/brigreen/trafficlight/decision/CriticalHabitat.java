package org.brigreen.trafficlight.decision;

import org.brigreen.trafficlight.rules.WireNamed;

/** IFC Performance Standard 6 critical-habitat determination. */
public enum CriticalHabitat implements WireNamed {
    YES,
    NO,
    UNKNOWN
}
