package org.brigreen.trafficlight.batch;

/** Examples for the API description of portfolio screening. */
final class BatchExamples {

    static final String NDJSON = """
            {"reference": "LN-1", "country": "KE", "sector": "solar_pv", "stage": "planned", "site": {"protectedArea": "none", "worldHeritage": "none", "ramsar": false, "kba": false, "criticalHabitat": "no", "nearestSensitiveAreaKm": 42.5, "indigenousPeoples": false, "conflictAffected": false}, "eia": {"status": "approved", "standard": "international"}}
            {"reference": "LN-2", "country": "ID", "sector": "coal_power", "stage": "planned"}
            {"reference": "LN-3", "country": "XX", "sector": "solar_pv", "stage": "planned"}
            """;

    static final String CSV = """
            reference,country,sector,stage,site.protectedArea,site.worldHeritage,site.ramsar,site.kba,site.criticalHabitat,site.nearestSensitiveAreaKm,site.indigenousPeoples,site.conflictAffected,eia.status,eia.standard
            LN-1,KE,solar_pv,planned,none,none,false,false,no,42.5,false,false,approved,international
            LN-2,ID,coal_power,planned,,,,,,,,,,
            LN-3,XX,solar_pv,planned,,,,,,,,,,
            """;

    static final String RESULTS = """
            {"line": 1, "decisionId": "01a1fd36-f909-70be-959a-e097035e75ee", "reference": "LN-1", "class": "green", "excluded": false, "reasons": ["energy.clean-energy-contribution"], "missingFacts": [], "cappedByMissingFacts": false}
            {"line": 2, "decisionId": "01a1fd36-f910-7f4f-b407-39e30a33446e", "reference": "LN-2", "class": "red", "excluded": true, "reasons": ["coal.new-power"], "missingFacts": ["eia.standard", "eia.status", "emissions.intensityGramsPerKwh", "emissions.scope12TonnesPerYear", "site.conflictAffected", "site.criticalHabitat", "site.indigenousPeoples", "site.kba", "site.nearestSensitiveAreaKm", "site.protectedArea", "site.ramsar", "site.worldHeritage"], "cappedByMissingFacts": true}
            {"line": 3, "problem": {"type": "urn:problem-type:traffic-light:invalid-request", "title": "Invalid request", "status": 400, "detail": "Line 3: The project descriptor has 1 invalid field.", "instance": "/v1/classifications/batch", "errors": [{"pointer": "/country", "reason": "must be an ISO 3166-1 alpha-2 country code in upper case, such as KE or PK"}]}}
            """;

    static final String INVALID_HEADER = """
            {
              "type": "urn:problem-type:traffic-light:invalid-request",
              "title": "Invalid request",
              "status": 400,
              "detail": "The CSV header (line 1) must name descriptor fields in dotted form, each once.",
              "instance": "/v1/classifications/batch",
              "errors": [{"pointer": "header column 5", "reason": "unknown field 'capacity'",
                          "allowedValues": ["reference", "name", "country", "sector", "stage", "capacityMw"]}]
            }
            """;

    static final String TOO_LARGE = """
            {
              "type": "urn:problem-type:traffic-light:http-413",
              "title": "Request Entity Too Large",
              "status": 413,
              "detail": "A batch holds at most 100000 descriptors; send the rest in another batch.",
              "instance": "/v1/classifications/batch"
            }
            """;

    static final String UNKNOWN_VERSION = """
            {"type": "urn:problem-type:traffic-light:unknown-rule-set", "title": "Not Found",
             "status": 404, "detail": "Rule set 'bri-traffic-light' has no version '2019.1'. Loaded: [2021.2, 2022.1].",
             "instance": "/v1/classifications/batch"}
            """;

    static final String UNSUPPORTED = """
            {"type": "urn:problem-type:traffic-light:http-415", "title": "Unsupported Media Type",
             "status": 415, "detail": "The request body's media type is not accepted here.",
             "instance": "/v1/classifications/batch"}
            """;

    static final String UNAVAILABLE = """
            {
              "type": "urn:problem-type:traffic-light:decision-log-unavailable",
              "title": "Service Unavailable",
              "status": 503,
              "detail": "The batch cannot be recorded right now. Retry shortly.",
              "instance": "/v1/classifications/batch"
            }
            """;

    static final String SUMMARY = """
            {
              "batchId": "019a8f3e-7c41-7d2a-9b1e-4f6a2c8d0e13",
              "caller": {"org": "acme-bank", "subject": "alice@acme-bank.example", "purpose": "loan_screening"},
              "ruleSet": {"id": "bri-traffic-light", "version": "2022.1",
                          "digest": "sha256:3f1c9a0e8b7d6c5f4e3d2c1b0a9f8e7d6c5b4a39281706f5e4d3c2b1a0f9e8d7"},
              "receivedAt": "2026-11-21T08:15:30.123456Z",
              "finishedAt": "2026-11-21T08:15:37.654321Z",
              "status": "completed",
              "lines": 100000,
              "decided": 99998,
              "classes": {"red": 1204, "amber": 40512, "green": 58282},
              "excluded": 812,
              "errors": 2
            }
            """;

    static final String NOT_FOUND = """
            {
              "type": "urn:problem-type:traffic-light:http-404",
              "title": "Not Found",
              "status": 404,
              "detail": "There is no batch 019a8f3e-7c41-7d2a-9b1e-4f6a2c8d0e13.",
              "instance": "/v1/batches/019a8f3e-7c41-7d2a-9b1e-4f6a2c8d0e13"
            }
            """;

    private BatchExamples() {
    }
}
