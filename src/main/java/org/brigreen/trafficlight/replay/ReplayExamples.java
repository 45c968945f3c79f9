package org.brigreen.trafficlight.replay;

/** Example answers for the API contract, taken from real replays and impact analyses. */
final class ReplayExamples {

    static final String REASONS = """
            [{"ruleId": "energy.clean-energy-contribution", "objective": "climate",
              "effect": {"finding": "positive"},
              "message": "The project contributes to climate-change mitigation (clean energy or clean transport)."}]
            """;

    static final String COMPARISON = """
            {"decisionId": "01a1fcdf-abae-75dd-afec-8c43a3e80862", "decidedAt": "2026-11-21T06:51:19.342435Z",
             "reference": "LN-2026-0042", "mode": "comparison",
             "recorded": {"ruleSet": {"id": "bri-traffic-light", "version": "2022.1",
                          "digest": "sha256:f7769119892ad180f3102194fd967f7369dcc1572491659e493bff5378422c30"},
                          "class": "amber", "excluded": false,
                          "reasons": [
               {"ruleId": "energy.clean-energy-contribution", "objective": "climate", "effect": {"finding": "positive"},
                "message": "The project contributes to climate-change mitigation (clean energy or clean transport)."},
               {"ruleId": "site.conflict-affected", "objective": "compliance", "effect": {"cap": "amber"},
                "message": "The project lies in a conflict-affected or high-risk area."}]},
             "replayed": {"ruleSet": {"id": "bri-traffic-light", "version": "2021.2",
                          "digest": "sha256:fdcc75db6734f14fbe59eef14c2b862aa9632f6b45821f58505490548f460198"},
                          "class": "green", "excluded": false,
                          "reasons": [
               {"ruleId": "energy.clean-energy-contribution", "objective": "climate", "effect": {"finding": "positive"},
                "message": "The project contributes to climate-change mitigation (clean energy or clean transport)."}]},
             "change": {"classMoved": true, "movement": "amber → green", "excludedChanged": false,
                        "addedRuleIds": [], "removedRuleIds": ["site.conflict-affected"]},
             "language": "en"}
            """;

    static final String REPRODUCTION = """
            {"decisionId": "01a1fcdf-abae-75dd-afec-8c43a3e80862", "decidedAt": "2026-11-21T06:51:19.342435Z",
             "reference": "LN-2026-0042", "mode": "reproduction", "reproduced": true, "differences": [],
             "recorded": {"ruleSet": {"id": "bri-traffic-light", "version": "2022.1",
                          "digest": "sha256:f7769119892ad180f3102194fd967f7369dcc1572491659e493bff5378422c30"},
                          "class": "amber", "excluded": false,
                          "reasons": [
               {"ruleId": "energy.clean-energy-contribution", "objective": "climate", "effect": {"finding": "positive"},
                "message": "The project contributes to climate-change mitigation (clean energy or clean transport)."},
               {"ruleId": "site.conflict-affected", "objective": "compliance", "effect": {"cap": "amber"},
                "message": "The project lies in a conflict-affected or high-risk area."}]},
             "replayed": {"ruleSet": {"id": "bri-traffic-light", "version": "2022.1",
                          "digest": "sha256:f7769119892ad180f3102194fd967f7369dcc1572491659e493bff5378422c30"},
                          "class": "amber", "excluded": false,
                          "reasons": [
               {"ruleId": "energy.clean-energy-contribution", "objective": "climate", "effect": {"finding": "positive"},
                "message": "The project contributes to climate-change mitigation (clean energy or clean transport)."},
               {"ruleId": "site.conflict-affected", "objective": "compliance", "effect": {"cap": "amber"},
                "message": "The project lies in a conflict-affected or high-risk area."}]},
             "change": {"classMoved": false, "movement": "amber → amber", "excludedChanged": false,
                        "addedRuleIds": [], "removedRuleIds": []},
             "language": "en"}
            """;

    static final String NOT_REPRODUCED = """
            {"type": "urn:problem-type:traffic-light:integrity-error", "title": "Integrity error", "status": 409,
             "detail": "Decision 01a1fcdf-ba87-7823-9cd9-3fff97ac835d is not reproduced by bri-traffic-light 2022.1 \
            (sha256:f7769119892ad180f3102194fd967f7369dcc1572491659e493bff5378422c30): 1 difference, at \
            [/assessment/trafficLight].",
             "instance": "/v1/decisions/01a1fcdf-ba87-7823-9cd9-3fff97ac835d/replay",
             "replay": {
               "decisionId": "01a1fcdf-ba87-7823-9cd9-3fff97ac835d", "decidedAt": "2026-11-21T06:51:23.143595Z",
               "reference": "LN-2026-0042", "mode": "reproduction", "reproduced": false,
               "differences": [{"pointer": "/assessment/trafficLight", "recorded": "green", "replayed": "amber"}],
               "recorded": {"ruleSet": {"id": "bri-traffic-light", "version": "2022.1",
                          "digest": "sha256:f7769119892ad180f3102194fd967f7369dcc1572491659e493bff5378422c30"},
                            "class": "green", "excluded": false,
                            "reasons": [
                 {"ruleId": "energy.clean-energy-contribution", "objective": "climate",
                  "effect": {"finding": "positive"},
                "message": "The project contributes to climate-change mitigation (clean energy or clean transport)."},
                 {"ruleId": "site.conflict-affected", "objective": "compliance", "effect": {"cap": "amber"},
                "message": "The project lies in a conflict-affected or high-risk area."}]},
               "replayed": {"ruleSet": {"id": "bri-traffic-light", "version": "2022.1",
                          "digest": "sha256:f7769119892ad180f3102194fd967f7369dcc1572491659e493bff5378422c30"},
                            "class": "amber", "excluded": false,
                            "reasons": [
                 {"ruleId": "energy.clean-energy-contribution", "objective": "climate",
                  "effect": {"finding": "positive"},
                "message": "The project contributes to climate-change mitigation (clean energy or clean transport)."},
                 {"ruleId": "site.conflict-affected", "objective": "compliance", "effect": {"cap": "amber"},
                "message": "The project lies in a conflict-affected or high-risk area."}]},
               "change": {"classMoved": true, "movement": "green → amber", "excludedChanged": false,
                          "addedRuleIds": [], "removedRuleIds": []},
               "language": "en"}}
            """;

    static final String BAD_ID = """
            {"type": "urn:problem-type:traffic-light:invalid-request", "title": "Invalid request", "status": 400,
             "detail": "The decision id is not a UUID.", "instance": "/v1/decisions/42/replay",
             "errors": [{"pointer": "id", "reason": "must be a UUID"}]}
            """;

    static final String UNKNOWN_DECISION = """
            {"type": "urn:problem-type:traffic-light:http-404", "title": "Not Found", "status": 404,
             "detail": "There is no decision 019a8f3e-7c41-7d2a-9b1e-4f6a2c8d0e13.",
             "instance": "/v1/decisions/019a8f3e-7c41-7d2a-9b1e-4f6a2c8d0e13/replay"}
            """;

    static final String UNKNOWN_VERSION = """
            {"type": "urn:problem-type:traffic-light:unknown-rule-set", "title": "Not Found", "status": 404,
             "detail": "Rule set 'bri-traffic-light' has no version '2019.1'. Loaded: [2021.2, 2022.1].",
             "instance": "/v1/decisions/019a8f3e-7c41-7d2a-9b1e-4f6a2c8d0e13/replay"}
            """;

    static final String UNAVAILABLE = """
            {"type": "urn:problem-type:traffic-light:decision-log-unavailable", "title": "Service Unavailable",
             "status": 503, "detail": "The decision log cannot be read right now. Retry shortly.",
             "instance": "/v1/decisions/019a8f3e-7c41-7d2a-9b1e-4f6a2c8d0e13/replay"}
            """;

    static final String IMPACT = """
            {"ruleSet": {"id": "bri-traffic-light", "version": "2022.1",
                         "digest": "sha256:f7769119892ad180f3102194fd967f7369dcc1572491659e493bff5378422c30"},
             "from": "2026-11-21T06:51:17.005589Z", "to": "2026-11-21T06:51:23.786584Z", "decidedUnder": "2021.2",
             "totals": {"decisions": 6, "classMoved": 2, "worse": 2, "better": 0, "excludedChanged": 0,
                        "recorded": {"red": 1, "amber": 0, "green": 5}, "replayed": {"red": 1, "amber": 2, "green": 3},
                        "byRecordedVersion": {"2021.2": 6}, "lastSeq": 9},
             "classes": {
               "red": {"red": {"count": 1, "sampleIds": ["01a1fcdf-bcf8-72f3-9931-2b5c1fa6089c"]},
                       "amber": {"count": 0, "sampleIds": []}, "green": {"count": 0, "sampleIds": []}},
               "amber": {"red": {"count": 0, "sampleIds": []}, "amber": {"count": 0, "sampleIds": []},
                         "green": {"count": 0, "sampleIds": []}},
               "green": {"red": {"count": 0, "sampleIds": []},
                         "amber": {"count": 2, "sampleIds": ["01a1fcdf-bca5-7b98-adca-0cb357659005",
                                                             "01a1fcdf-bcd5-7c6e-b87b-56317aadf42c"]},
                         "green": {"count": 3, "sampleIds": ["01a1fcdf-bb97-782f-85fb-da20b30baddc",
                                                             "01a1fcdf-bc01-7dff-8ebf-64917dc177c6",
                                                             "01a1fcdf-bc25-7f47-8c65-a6d6d1057f5e"]}}},
             "excluded": {"stayed": {"count": 1, "sampleIds": ["01a1fcdf-bcf8-72f3-9931-2b5c1fa6089c"]},
                          "became": {"count": 0, "sampleIds": []}, "ceased": {"count": 0, "sampleIds": []}}}
            """;

    static final String BAD_PERIOD = """
            {"type": "urn:problem-type:traffic-light:invalid-request", "title": "Invalid request", "status": 400,
             "detail": "The period or version of the analysis is invalid.",
             "instance": "/v1/rulesets/bri-traffic-light/versions/2022.1/impact",
             "errors": [{"pointer": "from",
                         "reason": "must be an ISO 8601 instant with an offset, such as 2026-01-01T00:00:00Z (percent-encode '+' as %2B)"}]}
            """;

    static final String IMPACT_UNKNOWN_VERSION = """
            {"type": "urn:problem-type:traffic-light:unknown-rule-set", "title": "Not Found", "status": 404,
             "detail": "Rule set 'bri-traffic-light' has no version '2019.1'. Loaded: [2021.2, 2022.1].",
             "instance": "/v1/rulesets/bri-traffic-light/versions/2019.1/impact"}
            """;

    static final String IMPACT_UNAVAILABLE = """
            {"type": "urn:problem-type:traffic-light:decision-log-unavailable", "title": "Service Unavailable",
             "status": 503, "detail": "The decision log cannot be read right now. Retry shortly.",
             "instance": "/v1/rulesets/bri-traffic-light/versions/2022.1/impact"}
            """;

    private ReplayExamples() {
    }
}
