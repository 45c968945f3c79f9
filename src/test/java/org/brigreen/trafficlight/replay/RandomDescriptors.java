package org.brigreen.trafficlight.replay;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Random;

/**
 * Varied, valid project descriptors from a seeded generator, so that a failure is repeatable. Every optional fact is
 * sometimes left out, so that missing facts and their cap are replayed too.
 */
final class RandomDescriptors {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final List<String> COUNTRIES = List.of("KE", "PK", "ID", "LA", "NP", "BD", "MN", "KZ", "EG", "ET",
            "MY", "RS", "AR", "VN", "ZM");
    private static final List<String> SECTORS = List.of("solar_pv", "wind_onshore", "wind_offshore", "geothermal",
            "hydro_run_of_river", "hydro_reservoir", "nuclear", "biomass_power", "waste_to_energy", "gas_power",
            "oil_power", "coal_power", "grid_transmission", "energy_storage", "coal_mining", "metal_mining",
            "metal_smelting", "steel", "cement", "petrochemical", "oil_gas_upstream", "pipeline", "rail_electric",
            "rail_diesel", "urban_transit", "road", "port", "airport", "land_reclamation", "industrial_park",
            "manufacturing", "ev_manufacturing", "water_supply", "wastewater", "solid_waste", "telecom_digital",
            "agriculture", "forestry", "real_estate", "other");
    private static final List<String> STAGES = List.of("planned", "financed_not_started", "under_construction",
            "operational", "expansion", "decommissioning");
    private static final List<String> MITIGATIONS = List.of("ccus", "high_efficiency_flue_gas_treatment",
            "hydro_sustainability_standard", "wildlife_crossings", "biodiversity_offset", "certified_esms",
            "sustainable_biomass_sourcing", "zero_discharge_water");

    private final Random random;

    RandomDescriptors(long seed) {
        this.random = new Random(seed);
    }

    ObjectNode next(int serial) {
        ObjectNode descriptor = JSON.objectNode()
                .put("reference", "REPLAY-" + serial)
                .put("country", pick(COUNTRIES))
                .put("sector", pick(SECTORS))
                .put("stage", pick(STAGES));
        if (chance(0.7)) {
            descriptor.put("capacityMw", random.nextInt(2000) + 0.5 * random.nextInt(2));
        }
        optional(descriptor, "site", this::site, 0.9);
        optional(descriptor, "eia", this::eia, 0.9);
        optional(descriptor, "emissions", this::emissions, 0.6);
        optional(descriptor, "hydro", this::hydro, 0.3);
        optional(descriptor, "coal", this::coal, 0.15);
        optional(descriptor, "finance", this::finance, 0.7);
        if (chance(0.4)) {
            ArrayNode mitigation = descriptor.putArray("mitigation");
            MITIGATIONS.stream().filter(m -> chance(0.25)).forEach(mitigation::add);
        }
        if (chance(0.04)) {
            descriptor.putArray("excludedActivities").add(chance(0.5) ? "cites_trade" : "unbonded_asbestos");
        }
        return descriptor;
    }

    private ObjectNode site() {
        ObjectNode site = JSON.objectNode();
        maybe(site, "protectedArea", rare(0.15, "none", "iucn_ia_ii", "iucn_iii_vi", "designated_no_category"));
        maybe(site, "worldHeritage", rare(0.08, "none", "natural", "mixed", "cultural"));
        if (chance(0.95)) {
            site.put("ramsar", chance(0.1));
        }
        if (chance(0.95)) {
            site.put("kba", chance(0.1));
        }
        maybe(site, "criticalHabitat", rare(0.15, "no", "yes", "unknown"));
        if (chance(0.95)) {
            // A site inside a designated area is 0 km from it, and one inside none is not: facts that agree.
            boolean inside = !"none".equals(site.path("protectedArea").asText("none"))
                    || !"none".equals(site.path("worldHeritage").asText("none"))
                    || site.path("ramsar").asBoolean() || site.path("kba").asBoolean();
            site.put("nearestSensitiveAreaKm", inside ? 0.0 : (1 + Math.round(random.nextDouble() * 999)) / 10.0);
        }
        if (chance(0.95)) {
            site.put("indigenousPeoples", chance(0.15));
        }
        if (chance(0.95)) {
            site.put("conflictAffected", chance(0.15));
        }
        return site;
    }

    private ObjectNode eia() {
        ObjectNode eia = JSON.objectNode();
        maybe(eia, "status", rare(0.25, "approved", "not_started", "in_progress", "rejected", "revoked",
                "challenged"));
        maybe(eia, "standard", pickWeighted("international", "host_country", "chinese_stricter"));
        if (chance(0.5)) {
            eia.put("publicConsultation", chance(0.7));
        }
        return eia;
    }

    private ObjectNode emissions() {
        ObjectNode emissions = JSON.objectNode();
        if (chance(0.8)) {
            emissions.put("scope12TonnesPerYear", random.nextInt(400_000));
        }
        if (chance(0.8)) {
            emissions.put("intensityGramsPerKwh", Math.round(random.nextDouble() * 12000) / 10.0);
        }
        return emissions;
    }

    private ObjectNode hydro() {
        ObjectNode hydro = JSON.objectNode();
        if (chance(0.85)) {
            hydro.put("powerDensityWattsPerM2", 0.5 + Math.round(random.nextDouble() * 300) / 10.0);
        }
        if (chance(0.85)) {
            hydro.put("commissioningYear", 1990 + random.nextInt(40));
        }
        return hydro;
    }

    private ObjectNode coal() {
        ObjectNode coal = JSON.objectNode();
        maybe(coal, "exposure", rare(0.4, "none", "primary_fuel", "captive_power", "mining", "transport"));
        if (chance(0.6)) {
            // Around the pledge cut-off of 2021-09-21, so that both sides of it are replayed.
            coal.put("constructionStart", java.time.LocalDate.of(2021, 9, 21)
                    .plusDays(random.nextInt(3000) - 1500).toString());
        }
        return coal;
    }

    private ObjectNode finance() {
        ObjectNode finance = JSON.objectNode();
        if (chance(0.9)) {
            finance.put("capexUsd", 1_000_000.0 * (1 + random.nextInt(2000)));
        }
        if (chance(0.5)) {
            finance.put("loanUsd", 500_000.0 * (1 + random.nextInt(2000)));
        }
        if (chance(0.5)) {
            finance.put("tenorYears", 3 + random.nextInt(25));
        }
        return finance;
    }

    private void optional(ObjectNode descriptor, String field, java.util.function.Supplier<ObjectNode> value,
            double probability) {
        if (chance(probability)) {
            descriptor.set(field, value.get());
        }
    }

    private void maybe(ObjectNode node, String field, String value) {
        if (chance(0.95)) {
            node.put(field, value);
        }
    }

    private boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private String pickWeighted(String... values) {
        return values[random.nextInt(values.length)];
    }

    /** {@code usual}, or with probability {@code probability} one of the {@code others}. */
    private String rare(double probability, String usual, String... others) {
        return chance(probability) ? others[random.nextInt(others.length)] : usual;
    }
}
