package org.brigreen.trafficlight.decision;

import org.brigreen.trafficlight.rules.WireNamed;

/** Whether the free, prior and informed consent of affected Indigenous Peoples is documented. */
public enum IndigenousPeoplesConsent implements WireNamed {
    DOCUMENTED,
    NOT_DOCUMENTED,
    NOT_REQUIRED
}
