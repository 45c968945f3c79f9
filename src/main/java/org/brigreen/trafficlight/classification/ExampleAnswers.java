package org.brigreen.trafficlight.classification;

/** Example answers for the API contract, taken from a real classification. */
public final class ExampleAnswers {

    static final String REASONS = """
            [{"ruleId": "hydro.reservoir-biodiversity", "objective": "biodiversity",
              "effect": {"finding": "significant"}, "blocking": false,
              "message": "A reservoir floods habitat and fragments the river.",
              "citation": {"source": "BRIGC-GDG-2020", "clause": "traffic-light system, biodiversity objective"},
              "facts": {"sector": "hydro_reservoir"}}]
            """;

    static final String ACTIONS = """
            [{"action": "Host-country EIA with an environmental and social management plan (ESMP)."},
             {"ruleId": "site.indigenous-peoples",
              "action": "Obtain the free, prior and informed consent (FPIC) of the affected Indigenous Peoples."}]
            """;

    static final String REMEDIES = """
            [{"ruleId": "eia.not-yet-approved", "remedy": "Obtain EIA approval before construction."}]
            """;

    static final String MISSING_FACTS = """
            [{"fact": "hydro.commissioningYear",
              "neededBy": ["hydro.reservoir-low-power-density", "hydro.reservoir-high-power-density"]}]
            """;

    /** A whole answer: a reservoir hydro plant, lifted one step by the sustainability standard. */
    public static final String ANSWER = """
            {
              "decisionId": "01a1fcb7-9e24-7216-a9d5-45cc4c02f078",
              "decidedAt": "2026-11-21T06:07:34.436284Z",
              "reference": "LN-2026-0107",
              "class": "amber",
              "excluded": false,
              "objectives": {
                "climate": {"positive": false, "ruleIds": []},
                "pollution": {"positive": false, "ruleIds": []},
                "biodiversity": {"harm": "significant", "positive": false,
                                 "ruleIds": ["hydro.reservoir-biodiversity", "site.near-sensitive-area-wide"]}
              },
              "reasons": [
                {"ruleId": "eia.not-yet-approved", "objective": "compliance", "effect": {"cap": "amber"},
                 "blocking": false, "message": "The environmental impact assessment is not yet approved.",
                 "citation": {"source": "OPINIONS-2022", "clause": "§18"},
                 "facts": {"stage": "planned", "eia.status": "in_progress"}},
                {"ruleId": "hydro.reservoir-biodiversity", "objective": "biodiversity",
                 "effect": {"finding": "significant"}, "blocking": false,
                 "message": "A reservoir floods habitat and fragments the river.",
                 "citation": {"source": "BRIGC-GDG-2020", "clause": "traffic-light system, biodiversity objective"},
                 "facts": {"sector": "hydro_reservoir"}},
                {"ruleId": "hydro.sustainability-standard", "objective": "biodiversity", "effect": {"uplift": true},
                 "blocking": false, "message": "The project applies the Hydropower Sustainability Standard.",
                 "citation": {"source": "BRIGC-GDG-2020", "clause": "recommendations: mitigation"},
                 "facts": {"sector": "hydro_reservoir", "mitigation": ["hydro_sustainability_standard"]}},
                {"ruleId": "site.near-sensitive-area-wide", "objective": "biodiversity",
                 "effect": {"finding": "moderate"}, "blocking": false,
                 "message": "Coal power, smelting or reservoir hydro within 25 km of a protected or sensitive area.",
                 "citation": {"source": "IFC-PS6", "clause": "para. 16-19"},
                 "basis": "Wider screening distance for far-reaching emissions and river impacts, borrowed from IFC PS6 practice.",
                 "facts": {"sector": "hydro_reservoir", "site.nearestSensitiveAreaKm": 18.0}},
                {"ruleId": "site.indigenous-peoples", "objective": "compliance", "effect": {}, "blocking": false,
                 "message": "Indigenous Peoples are affected by the project.",
                 "citation": {"source": "GUIDELINES-2022", "clause": "Art. 18"},
                 "facts": {"site.indigenousPeoples": true}}
              ],
              "requiredActions": [
                {"action": "Host-country EIA with an environmental and social management plan (ESMP)."},
                {"action": "Environmental monitoring and a grievance mechanism."},
                {"ruleId": "site.indigenous-peoples",
                 "action": "Obtain the free, prior and informed consent (FPIC) of the affected Indigenous Peoples."}
              ],
              "remedies": [
                {"ruleId": "eia.not-yet-approved", "remedy": "Obtain EIA approval before construction."}
              ],
              "missingFacts": [
                {"fact": "hydro.commissioningYear",
                 "neededBy": ["hydro.reservoir-low-power-density", "hydro.reservoir-high-power-density"]}
              ],
              "cappedByMissingFacts": true,
              "ep4": {"category": "B", "applies": true},
              "ruleSet": {"id": "bri-traffic-light", "version": "2022.1",
                          "digest": "sha256:3008b8620d9c184fae54a84a66a8b8a52e1050ddd6a9eefd4c2ad063c683997f"},
              "language": "en"
            }
            """;

    private ExampleAnswers() {
    }
}
