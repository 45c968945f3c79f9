package org.brigreen.trafficlight.classification;

/** Examples for the API contract. */
final class DescriptorExamples {

    static final String SOLAR = """
            {
              "reference": "LN-2026-0042",
              "name": "Garissa 50 MW solar park",
              "country": "KE",
              "sector": "solar_pv",
              "stage": "planned",
              "capacityMw": 50,
              "site": {
                "protectedArea": "none",
                "worldHeritage": "none",
                "ramsar": false,
                "kba": false,
                "criticalHabitat": "no",
                "nearestSensitiveAreaKm": 42.5,
                "indigenousPeoples": false,
                "conflictAffected": false
              },
              "eia": {"status": "approved", "standard": "international", "publicConsultation": true},
              "finance": {"capexUsd": 48000000}
            }
            """;

    static final String INVALID_PROBLEM = """
            {
              "type": "urn:problem-type:traffic-light:invalid-request",
              "title": "Invalid request",
              "status": 400,
              "detail": "The project descriptor has 2 invalid fields.",
              "instance": "/v1/classifications",
              "errors": [
                {"pointer": "/capacityMw", "reason": "must be greater than or equal to 0"},
                {"pointer": "/sector", "reason": "unknown value 'coal'",
                 "allowedValues": ["solar_pv", "wind_onshore", "coal_power", "other"]}
              ]
            }
            """;

    static final String UNKNOWN_VERSION = """
            {
              "type": "urn:problem-type:traffic-light:unknown-rule-set",
              "title": "Not Found",
              "status": 404,
              "detail": "Rule set 'bri-traffic-light' has no version '2019.1'. Loaded: [2021.2, 2022.1].",
              "instance": "/v1/classifications"
            }
            """;

    static final String TOO_LARGE = """
            {
              "type": "urn:problem-type:traffic-light:http-413",
              "title": "Request Entity Too Large",
              "status": 413,
              "detail": "The request body is larger than 262144 bytes.",
              "instance": "/v1/classifications"
            }
            """;

    static final String UNSUPPORTED = """
            {
              "type": "urn:problem-type:traffic-light:http-415",
              "title": "Unsupported Media Type",
              "status": 415,
              "detail": "The request body must be application/json.",
              "instance": "/v1/classifications"
            }
            """;

    static final String KEY_IN_FLIGHT = """
            {
              "type": "urn:problem-type:traffic-light:idempotency-key-in-flight",
              "title": "Conflict",
              "status": 409,
              "detail": "A request with this Idempotency-Key is still being served. Retry shortly to get its answer.",
              "instance": "/v1/classifications"
            }
            """;

    static final String KEY_REUSED = """
            {
              "type": "urn:problem-type:traffic-light:idempotency-key-reused",
              "title": "Unprocessable Content",
              "status": 422,
              "detail": "This Idempotency-Key was used for a different request. Use a new key for a new request.",
              "instance": "/v1/classifications"
            }
            """;

    static final String UNAVAILABLE = """
            {
              "type": "urn:problem-type:traffic-light:decision-log-unavailable",
              "title": "Service Unavailable",
              "status": 503,
              "detail": "The decision could not be recorded, so it is not given. Retry shortly.",
              "instance": "/v1/classifications"
            }
            """;

    private DescriptorExamples() {
    }
}
