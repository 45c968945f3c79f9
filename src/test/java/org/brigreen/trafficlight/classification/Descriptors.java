package org.brigreen.trafficlight.classification;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.brigreen.trafficlight.decision.ProjectDescriptor;
import org.brigreen.trafficlight.decision.Sector;
import org.brigreen.trafficlight.decision.Stage;

/** Project descriptors the tests start from. */
public final class Descriptors {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Descriptors() {
    }

    /** A site away from every sensitive area, every site fact given. */
    public static ObjectNode clearSite() {
        return object("""
                {"protectedArea": "none", "worldHeritage": "none", "ramsar": false, "kba": false,
                 "criticalHabitat": "no", "nearestSensitiveAreaKm": 42.5, "indigenousPeoples": false,
                 "conflictAffected": false}
                """);
    }

    /** A planned solar park on a clear site with an approved EIA: green. */
    public static ObjectNode solarPark() {
        ObjectNode descriptor = object("""
                {"reference": "LN-2026-0042", "name": "Garissa solar park", "country": "KE",
                 "sector": "solar_pv", "stage": "planned", "capacityMw": 50,
                 "eia": {"status": "approved", "standard": "international", "publicConsultation": true},
                 "finance": {"capexUsd": 48000000}}
                """);
        descriptor.set("site", clearSite());
        return descriptor;
    }

    /**
     * A planned 50 MW solar park in Kenya, built without the parser: the reference may hold what the parser would
     * refuse, to reach what lies behind it.
     */
    public static ProjectDescriptor solarPark(String reference) {
        return new ProjectDescriptor(reference, null, "KE", Sector.SOLAR_PV, Stage.PLANNED, 50.0, null, null, null,
                null, null, null, null, null, null, null);
    }

    public static ObjectNode object(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
