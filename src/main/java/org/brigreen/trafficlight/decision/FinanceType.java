package org.brigreen.trafficlight.decision;

import org.brigreen.trafficlight.rules.WireNamed;

/** What kind of finance is sought, for the Equator Principles scope test. */
public enum FinanceType implements WireNamed {
    PROJECT_FINANCE,
    CORPORATE_LOAN,
    OTHER
}
