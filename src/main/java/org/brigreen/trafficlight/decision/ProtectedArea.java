package org.brigreen.trafficlight.decision;

import org.brigreen.trafficlight.rules.WireNamed;

/** Protected-area status of the site (IUCN management categories). */
public enum ProtectedArea implements WireNamed {
    NONE,
    IUCN_IA_II,
    IUCN_III_VI,
    DESIGNATED_NO_CATEGORY
}
