package org.brigreen.trafficlight.audit;

/** Examples for the audit API's documentation, taken from a real run of the service. */
final class AuditExamples {

    static final String TAG = "The audit trail: signed checkpoints of the decision log, inclusion and consistency "
            + "proofs (RFC 9162), verification of the stored log, and the signing key. Hashes are lower-case hex.";

    static final String ROOT_HASH = "458402aece296191ee4f750af01e281fb91b7b067eaf1f937d409ec6e2df4d57";
    static final String LATER_ROOT_HASH = "3f83b338758a2e2f7143a19bc667b979b51386f18b3bae8f2d13a9abcb33e10d";
    static final String LEAF_HASH = "f81932642954b25887e7cc08e2b235e96259c17520d9c6a2c21433d34cd94b2a";
    static final String PATH_HASH = "374a6eb784ef154b5a29b906e3aa75023304d1604558bc42b4b27b9afbeec860";
    static final String SIGNED_AT = "2026-11-21T07:09:18.183457Z";
    static final String KEY_ID = "91d8cd2a9adc56552915f921a700e07e3a9bace01159226b9b137b26d914ac75";
    static final String SIGNATURE = "f8348fdf06c4da36150c1e30d19c0aeb7ef7879f230fae1b4e12e92052848c12"
            + "70ed877d786009f97a1d1a010ddf336c29792112ca1cb9dfdc9d91fa8905ca04";
    static final String PUBLIC_KEY_PEM = "-----BEGIN PUBLIC KEY-----\n"
            + "MCowBQYDK2VwAyEA9zq5BG9XyZAAAr3AJbTHyx2PPpLqh024B6EbDuSsgFc=\n-----END PUBLIC KEY-----\n";
    static final String FAILURE_DETAIL = "the record hashes to "
            + "eaa997bab196153bde9eeca98edd06de77ae8babb4722634a4027dcfe7ea6727, its entry hash is "
            + "ea67b21a9baa921c88e5d58385c939ec947e077947077937bfdce558d356f269: the record was changed after it was "
            + "logged.";

    static final String CHECKPOINT = """
            {
              "treeSize": 12,
              "rootHash": "3f83b338758a2e2f7143a19bc667b979b51386f18b3bae8f2d13a9abcb33e10d",
              "signedAt": "2026-11-21T07:09:28.252394Z",
              "keyId": "91d8cd2a9adc56552915f921a700e07e3a9bace01159226b9b137b26d914ac75",
              "signature": "8fdd6b684afd9b159de14d91d4ff8bdfb917db28ecc2c9d5ac8b0ba8200de5a2a6f34e6799c550c47fda7890b607d8b05ff17315a3efd33a5e9af35e02637e03"
            }
            """;

    static final String CHECKPOINT_PAGE = """
            {
              "checkpoints": [
                {
                  "treeSize": 9,
                  "rootHash": "458402aece296191ee4f750af01e281fb91b7b067eaf1f937d409ec6e2df4d57",
                  "signedAt": "2026-11-21T07:09:18.183457Z",
                  "keyId": "91d8cd2a9adc56552915f921a700e07e3a9bace01159226b9b137b26d914ac75",
                  "signature": "f8348fdf06c4da36150c1e30d19c0aeb7ef7879f230fae1b4e12e92052848c1270ed877d786009f97a1d1a010ddf336c29792112ca1cb9dfdc9d91fa8905ca04"
                }
              ],
              "nextFrom": 10
            }
            """;

    static final String INCLUSION = """
            {
              "decisionId": "01a1fcf0-1cc1-7d6b-9219-f8f6bebf1801",
              "seq": 3,
              "leafIndex": 2,
              "treeSize": 9,
              "leafHash": "f81932642954b25887e7cc08e2b235e96259c17520d9c6a2c21433d34cd94b2a",
              "rootHash": "458402aece296191ee4f750af01e281fb91b7b067eaf1f937d409ec6e2df4d57",
              "auditPath": [
                "374a6eb784ef154b5a29b906e3aa75023304d1604558bc42b4b27b9afbeec860",
                "c6714b917f9f20e3c5f0ae059665731228529c221bbd579f3d7a9c6d90ccf2cb",
                "6c91c1ad7f2ff9bf9053b980a6959713ddef063c901f194777bc8fdcfca7e271",
                "02bc76a482caadf8890f4d850865b9bda9677b92888bbf22aa15ce549a4b49a8"
              ],
              "checkpoint": {
                "treeSize": 9,
                "rootHash": "458402aece296191ee4f750af01e281fb91b7b067eaf1f937d409ec6e2df4d57",
                "signedAt": "2026-11-21T07:09:18.183457Z",
                "keyId": "91d8cd2a9adc56552915f921a700e07e3a9bace01159226b9b137b26d914ac75",
                "signature": "f8348fdf06c4da36150c1e30d19c0aeb7ef7879f230fae1b4e12e92052848c1270ed877d786009f97a1d1a010ddf336c29792112ca1cb9dfdc9d91fa8905ca04"
              }
            }
            """;

    static final String CONSISTENCY = """
            {
              "fromTreeSize": 4,
              "toTreeSize": 12,
              "fromRootHash": "e0c64d7d22d24cf1410411749774ef23f0c9afe31f50f4c95a044a87ef2e1f44",
              "toRootHash": "3f83b338758a2e2f7143a19bc667b979b51386f18b3bae8f2d13a9abcb33e10d",
              "consistencyPath": [
                "6c91c1ad7f2ff9bf9053b980a6959713ddef063c901f194777bc8fdcfca7e271",
                "a1a6c814b7ddb5006c2506e82d194605f9f25bc5dadd7a00e30675bfa445c540"
              ],
              "fromCheckpoint": {
                "treeSize": 4,
                "rootHash": "e0c64d7d22d24cf1410411749774ef23f0c9afe31f50f4c95a044a87ef2e1f44",
                "signedAt": "2026-11-21T07:09:17.108616Z",
                "keyId": "91d8cd2a9adc56552915f921a700e07e3a9bace01159226b9b137b26d914ac75",
                "signature": "7d1ec773a2d9972dc79711a37781d5511750dac2d901caf9614dba1cc0de9b09cd1744880cf6050e54baa96520fe08d2ad4eccfd289bb5939a25c5bb72a1fa0f"
              },
              "toCheckpoint": {
                "treeSize": 12,
                "rootHash": "3f83b338758a2e2f7143a19bc667b979b51386f18b3bae8f2d13a9abcb33e10d",
                "signedAt": "2026-11-21T07:09:28.252394Z",
                "keyId": "91d8cd2a9adc56552915f921a700e07e3a9bace01159226b9b137b26d914ac75",
                "signature": "8fdd6b684afd9b159de14d91d4ff8bdfb917db28ecc2c9d5ac8b0ba8200de5a2a6f34e6799c550c47fda7890b607d8b05ff17315a3efd33a5e9af35e02637e03"
              }
            }
            """;

    static final String REPORT_INTACT = """
            {
              "intact": true,
              "from": 1,
              "to": 12,
              "recordsChecked": 12,
              "checkpointsChecked": 3
            }
            """;

    static final String REPORT_FAILED = """
            {
              "intact": false,
              "from": 1,
              "to": 12,
              "recordsChecked": 4,
              "checkpointsChecked": 1,
              "firstFailure": {
                "seq": 5,
                "reason": "record_hash_mismatch",
                "detail": "the record hashes to eaa997bab196153bde9eeca98edd06de77ae8babb4722634a4027dcfe7ea6727, its entry hash is ea67b21a9baa921c88e5d58385c939ec947e077947077937bfdce558d356f269: the record was changed after it was logged."
              }
            }
            """;

    static final String PUBLIC_KEY = """
            {
              "algorithm": "Ed25519",
              "keyId": "91d8cd2a9adc56552915f921a700e07e3a9bace01159226b9b137b26d914ac75",
              "publicKeyPem": "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA9zq5BG9XyZAAAr3AJbTHyx2PPpLqh024B6EbDuSsgFc=\n-----END PUBLIC KEY-----\n"
            }
            """;

    static final String NO_CHECKPOINT = """
            {
              "type": "urn:problem-type:traffic-light:http-404",
              "title": "Not Found",
              "status": 404,
              "detail": "No checkpoint has been signed yet: the first follows within seconds of the first decision.",
              "instance": "/v1/audit/checkpoints/latest"
            }
            """;

    static final String BAD_LIMIT = """
            {
              "type": "urn:problem-type:traffic-light:invalid-request",
              "title": "Invalid request",
              "status": 400,
              "detail": "A parameter is invalid.",
              "instance": "/v1/audit/checkpoints",
              "errors": [
                {
                  "pointer": "limit",
                  "reason": "must be an integer from 1 to 1000"
                }
              ]
            }
            """;

    static final String FROM_AFTER_TO = """
            {
              "type": "urn:problem-type:traffic-light:invalid-request",
              "title": "Invalid request",
              "status": 400,
              "detail": "The query parameter from is invalid.",
              "instance": "/v1/audit/consistency",
              "errors": [
                {
                  "pointer": "from",
                  "reason": "must not exceed to, 9"
                }
              ]
            }
            """;

    static final String BEYOND_THE_LOG = """
            {
              "type": "urn:problem-type:traffic-light:invalid-request",
              "title": "Invalid request",
              "status": 400,
              "detail": "The range to verify is not in the log.",
              "instance": "/v1/audit/verify",
              "errors": [
                {
                  "pointer": "from",
                  "reason": "must not exceed the log's last sequence number, 12"
                }
              ]
            }
            """;

    static final String TREE_TOO_SMALL = """
            {
              "type": "urn:problem-type:traffic-light:invalid-request",
              "title": "Invalid request",
              "status": 400,
              "detail": "The query parameter treeSize is invalid.",
              "instance": "/v1/decisions/01a1fcf0-1e4d-7e67-a9f8-dc29f2ad3f5d/proof",
              "errors": [
                {
                  "pointer": "treeSize",
                  "reason": "must be at least 5: the decision is seq 5, so it is only in trees of that size or larger"
                }
              ]
            }
            """;

    static final String UNKNOWN_DECISION = """
            {
              "type": "urn:problem-type:traffic-light:http-404",
              "title": "Not Found",
              "status": 404,
              "detail": "There is no decision 019a8f3e-7c41-7d2a-9b1e-4f6a2c8d0e13.",
              "instance": "/v1/decisions/019a8f3e-7c41-7d2a-9b1e-4f6a2c8d0e13/proof"
            }
            """;

    static final String LOG_DAMAGED = """
            {
              "type": "urn:problem-type:traffic-light:log-damaged",
              "title": "Conflict",
              "status": 409,
              "detail": "The decision log is damaged at seq 7 (missing sequence number): seq 7 is missing. POST /v1/audit/verify names the first damage.",
              "instance": "/v1/decisions/01a1fcf0-1cc1-7d6b-9219-f8f6bebf1801/proof"
            }
            """;

    static final String UNAVAILABLE = """
            {
              "type": "urn:problem-type:traffic-light:decision-log-unavailable",
              "title": "Service Unavailable",
              "status": 503,
              "detail": "The decision log cannot be read right now. Retry shortly.",
              "instance": "/v1/audit/checkpoints/latest"
            }
            """;

    private AuditExamples() {
    }
}
