package org.brigreen.trafficlight.decisionlog;

/** Examples for the API contract, taken from a real log. */
final class DecisionLogExamples {

    static final String PAGE = """
            {
              "items": [
                {
                  "seq": 26,
                  "decisionId": "01a1fcea-1921-7801-ad00-7425867fdf88",
                  "decidedAt": "2026-11-21T07:02:42.721875Z",
                  "class": "red",
                  "excluded": true,
                  "sector": "coal_power",
                  "country": "PK",
                  "reference": "LN-2026-0107",
                  "ruleSet": {
                    "id": "bri-traffic-light",
                    "version": "2022.1",
                    "digest": "sha256:f7769119892ad180f3102194fd967f7369dcc1572491659e493bff5378422c30"
                  },
                  "org": "acme-bank",
                  "entryHash": "54639234787844cd7e88251c3c27e81028e7670aaa3cef70e3ea09e635c421a4",
                  "chainHash": "742b0178ad8e1bd8536110211f35be4ec954c7499a221386519a9955cdfc298f"
                }
              ],
              "next": "AAAAAAAAABo"
            }
            """;

    /**
     * A whole line (wrapped here): its record is exactly the canonical text whose hash is its entryHash. A record made
     * before callers were recorded: it has no caller, so the line has no org.
     */
    static final String NDJSON_LINE = """
            {"seq":27,"decisionId":"01a1fcea-193b-78c3-96b4-a1219e3a9d8b","decidedAt":"2026-11-21T07:02:42.747764Z","cla\
            ss":"green","excluded":false,"sector":"solar_pv","country":"KE","reference":"LN-2026-0042","ruleSet"\
            :{"id":"bri-traffic-light","version":"2022.1","digest":"sha256:f7769119892ad180f3102194fd967f7369dcc\
            1572491659e493bff5378422c30"},"entryHash":"c8f79f1a2e0d5fe21e69196cff2e26fe2c0bb28ee87101a02baea11b2\
            04457d6","chainHash":"7dc80d00bbbd46288a4398b09144c38dd4ffb6b07b623c529f6ec47e33d4b50d","record":"{\\\
            "assessment\\":{\\"ep4\\":{\\"applies\\":true,\\"category\\":\\"C\\"},\\"excluded\\":false,\\"missingFacts\\":[],\
            \\"missingFactsCapped\\":false,\\"objectives\\":{\\"biodiversity\\":{\\"positive\\":false,\\"ruleIds\\":[]},\\"\
            climate\\":{\\"positive\\":true,\\"ruleIds\\":[\\"energy.clean-energy-contribution\\"]},\\"pollution\\":{\\"po\
            sitive\\":false,\\"ruleIds\\":[]}},\\"reasons\\":[{\\"blocking\\":false,\\"citation\\":{\\"clause\\":\\"§5\\",\\"s\
            ource\\":\\"OPINIONS-2022\\"},\\"effect\\":{\\"finding\\":\\"positive\\"},\\"facts\\":{\\"sector\\":\\"solar_pv\\"}\
            ,\\"message\\":{\\"en\\":\\"The project contributes to climate-change mitigation (clean energy or clean t\
            ransport).\\",\\"zh\\":\\"项目对减缓气候变化有积极贡献（清洁能源或绿色交通）。\\"},\\"objective\\":\\"climate\\",\\"ruleId\\":\\"energy.cl\
            ean-energy-contribution\\"}],\\"remedies\\":[],\\"requiredActions\\":[{\\"action\\":{\\"en\\":\\"Simplified en\
            vironmental review; eligible for green-finance terms.\\",\\"zh\\":\\"简化环境审查；可享受绿色金融支持。\\"}}],\\"trafficLig\
            ht\\":\\"green\\"},\\"decidedAt\\":\\"2026-11-21T07:02:42.747764Z\\",\\"descriptor\\":{\\"capacityMw\\":50,\\"co\
            al\\":{\\"exposure\\":\\"none\\"},\\"country\\":\\"KE\\",\\"eia\\":{\\"publicConsultation\\":true,\\"standard\\":\\"\
            international\\",\\"status\\":\\"approved\\"},\\"excludedActivities\\":[],\\"finance\\":{\\"capexUsd\\":4800000\
            0},\\"mitigation\\":[],\\"name\\":\\"Garissa solar park\\",\\"reference\\":\\"LN-2026-0042\\",\\"sector\\":\\"sol\
            ar_pv\\",\\"site\\":{\\"conflictAffected\\":false,\\"criticalHabitat\\":\\"no\\",\\"indigenousPeoples\\":false,\
            \\"kba\\":false,\\"nearestSensitiveAreaKm\\":42.5,\\"protectedArea\\":\\"none\\",\\"ramsar\\":false,\\"worldHer\
            itage\\":\\"none\\"},\\"stage\\":\\"planned\\"},\\"id\\":\\"01a1fcea-193b-78c3-96b4-a1219e3a9d8b\\",\\"ruleSet\\"\
            :{\\"digest\\":\\"sha256:f7769119892ad180f3102194fd967f7369dcc1572491659e493bff5378422c30\\",\\"id\\":\\"br\
            i-traffic-light\\",\\"version\\":\\"2022.1\\"}}"}
            """;

    /** The header and two rows (wrapped here). */
    static final String CSV = """
            seq,decision_id,decided_at,class,excluded,sector,country,reference,ruleset_id,ruleset_version,ruleset_digest,\
            entry_hash,chain_hash,org,batch_id
            26,01a1fcea-1921-7801-ad00-7425867fdf88,2026-11-21T07:02:42.721875Z,red,true,coal_power,PK,LN-2026-0\
            107,bri-traffic-light,2022.1,sha256:f7769119892ad180f3102194fd967f7369dcc1572491659e493bff5378422c30\
            ,54639234787844cd7e88251c3c27e81028e7670aaa3cef70e3ea09e635c421a4,742b0178ad8e1bd8536110211f35be4ec9\
            54c7499a221386519a9955cdfc298f,acme-bank,
            27,01a1fcea-193b-78c3-96b4-a1219e3a9d8b,2026-11-21T07:02:42.747764Z,green,false,solar_pv,KE,LN-2026-\
            0042,bri-traffic-light,2022.1,sha256:f7769119892ad180f3102194fd967f7369dcc1572491659e493bff5378422c3\
            0,c8f79f1a2e0d5fe21e69196cff2e26fe2c0bb28ee87101a02baea11b204457d6,7dc80d00bbbd46288a4398b09144c38dd\
            4ffb6b07b623c529f6ec47e33d4b50d,,
            """;

    static final String INVALID_PROBLEM = """
            {"type": "urn:problem-type:traffic-light:invalid-request", "title": "Invalid request", "status": 400,
             "detail": "The query has 2 invalid parameters.", "instance": "/v1/decisions",
             "errors": [{"pointer": "class", "reason": "unknown value 'orange'",
                         "allowedValues": ["red", "amber", "green"]},
                        {"pointer": "after", "reason": "must be a cursor given as next by a previous page"}]}
            """;

    static final String UNAVAILABLE = """
            {"type": "urn:problem-type:traffic-light:decision-log-unavailable", "title": "Service Unavailable",
             "status": 503, "detail": "The decision log cannot be read right now. Retry shortly.",
             "instance": "/v1/decisions"}
            """;

    private DecisionLogExamples() {
    }
}
