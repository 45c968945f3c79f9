package org.brigreen.trafficlight.decision;

import org.brigreen.trafficlight.rules.WireNamed;

/** Standard the EIA was carried out to: host country, international (IFC PS, EP, World Bank ESF) or stricter Chinese standards. */
public enum EiaStandard implements WireNamed {
    HOST_COUNTRY,
    INTERNATIONAL,
    CHINESE_STRICTER
}
