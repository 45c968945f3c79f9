package org.brigreen.trafficlight.decision;

import com.fasterxml.jackson.annotation.JsonValue;
import org.brigreen.trafficlight.rules.WireNames;

/** Sector of the project (METHODOLOGY §3). */
public enum Sector {
    SOLAR_PV,
    WIND_ONSHORE,
    WIND_OFFSHORE,
    GEOTHERMAL,
    HYDRO_RUN_OF_RIVER,
    HYDRO_RESERVOIR,
    NUCLEAR,
    BIOMASS_POWER,
    WASTE_TO_ENERGY,
    GAS_POWER,
    OIL_POWER,
    COAL_POWER,
    GRID_TRANSMISSION,
    ENERGY_STORAGE,
    COAL_MINING,
    METAL_MINING,
    METAL_SMELTING,
    STEEL,
    CEMENT,
    PETROCHEMICAL,
    OIL_GAS_UPSTREAM,
    PIPELINE,
    RAIL_ELECTRIC,
    RAIL_DIESEL,
    URBAN_TRANSIT,
    ROAD,
    PORT,
    AIRPORT,
    LAND_RECLAMATION,
    INDUSTRIAL_PARK,
    MANUFACTURING,
    EV_MANUFACTURING,
    WATER_SUPPLY,
    WASTEWATER,
    SOLID_WASTE,
    TELECOM_DIGITAL,
    AGRICULTURE,
    FORESTRY,
    REAL_ESTATE,
    OTHER;

    /** The name in JSON and in rule conditions: lower snake case. */
    @JsonValue
    public String wireName() {
        return WireNames.of(this);
    }
}
