package org.brigreen.trafficlight.audit;

/**
 * Examples for the audit API's documentation, taken from a real run of the service; the checkpoints are signed in
 * format v2 by an example key.
 */
final class AuditExamples {

    static final String TAG = "The audit trail: signed checkpoints of the decision log, inclusion and consistency "
            + "proofs (RFC 9162), verification of the stored log, and the signing key. Hashes are lower-case hex.";

    static final String ROOT_HASH = "458402aece296191ee4f750af01e281fb91b7b067eaf1f937d409ec6e2df4d57";
    static final String LATER_ROOT_HASH = "3f83b338758a2e2f7143a19bc667b979b51386f18b3bae8f2d13a9abcb33e10d";
    static final String LEAF_HASH = "f81932642954b25887e7cc08e2b235e96259c17520d9c6a2c21433d34cd94b2a";
    static final String PATH_HASH = "374a6eb784ef154b5a29b906e3aa75023304d1604558bc42b4b27b9afbeec860";
    static final String SIGNED_AT = "2026-11-21T07:09:18.183457Z";
    static final String KEY_ID = "0fe288e4b4c6fdca702ff1980684b371cd9fbfb80503a7a27312c273427c9ad1";
    static final String SIGNATURE = "c1e2fd31895d8d53c2c0658faa4221f86726f5e7be774db452d0c4f9b0f459e9"
            + "384bc83dc190f2d1d0e9dc99cfb7b905429e01c95a972217b24c329678386f07";
    static final String PUBLIC_KEY_PEM = "-----BEGIN PUBLIC KEY-----\n"
            + "MCowBQYDK2VwAyEARxrtyZ4kAYcVY6XuZpEA1Mw4yhlLr0EMDvmjZFu74IM=\n-----END PUBLIC KEY-----\n";
    static final String FAILURE_DETAIL = "the record hashes to "
            + "eaa997bab196153bde9eeca98edd06de77ae8babb4722634a4027dcfe7ea6727, its entry hash is "
            + "ea67b21a9baa921c88e5d58385c939ec947e077947077937bfdce558d356f269: the record was changed after it was "
            + "logged.";

    static final String CHECKPOINT = """
            {
              "treeSize": 12,
              "rootHash": "3f83b338758a2e2f7143a19bc667b979b51386f18b3bae8f2d13a9abcb33e10d",
              "signedAt": "2026-11-21T07:09:28.252394Z",
              "keyId": "0fe288e4b4c6fdca702ff1980684b371cd9fbfb80503a7a27312c273427c9ad1",
              "signature": "50902d7f2f9d42ee45b965d5e702fd493e03a296e3de9ac3327d9d7b825547fd3899084f61939348120936bf9bf93dc683c4a2a92224af6eab0092f52e5f1f03",
              "previousTreeSize": 9
            }
            """;

    static final String CHECKPOINT_PAGE = """
            {
              "checkpoints": [
                {
                  "treeSize": 9,
                  "rootHash": "458402aece296191ee4f750af01e281fb91b7b067eaf1f937d409ec6e2df4d57",
                  "signedAt": "2026-11-21T07:09:18.183457Z",
                  "keyId": "0fe288e4b4c6fdca702ff1980684b371cd9fbfb80503a7a27312c273427c9ad1",
                  "signature": "c1e2fd31895d8d53c2c0658faa4221f86726f5e7be774db452d0c4f9b0f459e9384bc83dc190f2d1d0e9dc99cfb7b905429e01c95a972217b24c329678386f07",
                  "previousTreeSize": 4
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
                "keyId": "0fe288e4b4c6fdca702ff1980684b371cd9fbfb80503a7a27312c273427c9ad1",
                "signature": "c1e2fd31895d8d53c2c0658faa4221f86726f5e7be774db452d0c4f9b0f459e9384bc83dc190f2d1d0e9dc99cfb7b905429e01c95a972217b24c329678386f07",
                "previousTreeSize": 4
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
                "keyId": "0fe288e4b4c6fdca702ff1980684b371cd9fbfb80503a7a27312c273427c9ad1",
                "signature": "6e470a6235a3a8964a744ba0ce1b2f0bbeecf8f0a3135e40440430f607cc054d5b8a55da834afab4f9a163b911fcce83db0ad069a86950ede178ce67c1bacb03",
                "previousTreeSize": 0
              },
              "toCheckpoint": {
                "treeSize": 12,
                "rootHash": "3f83b338758a2e2f7143a19bc667b979b51386f18b3bae8f2d13a9abcb33e10d",
                "signedAt": "2026-11-21T07:09:28.252394Z",
                "keyId": "0fe288e4b4c6fdca702ff1980684b371cd9fbfb80503a7a27312c273427c9ad1",
                "signature": "50902d7f2f9d42ee45b965d5e702fd493e03a296e3de9ac3327d9d7b825547fd3899084f61939348120936bf9bf93dc683c4a2a92224af6eab0092f52e5f1f03",
                "previousTreeSize": 9
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
                "detail": "the record hashes to eaa997bab196153bde9eeca98edd06de77ae8babb4722634a4027dcfe7ea6727, its entry hash is ea67b21a9baa921c88e5d58385c939ec947e077947077937bfdce558d356f269: the record was changed after it was logged.",
                "range": {
                  "from": 5,
                  "to": 5
                }
              }
            }
            """;

    static final String REPORT_CHANGED_COLUMN = """
            {
              "intact": false,
              "from": 1,
              "to": 12,
              "recordsChecked": 6,
              "checkpointsChecked": 1,
              "firstFailure": {
                "seq": 7,
                "reason": "column_mismatch",
                "detail": "\\"class\\" (column traffic_light) is \\"green\\", but the record says \\"red\\": the copy was changed after it was logged.",
                "range": {
                  "from": 7,
                  "to": 7
                },
                "column": "traffic_light"
              }
            }
            """;

    static final String REPORT_REWRITTEN = """
            {
              "intact": false,
              "from": 1,
              "to": 12,
              "recordsChecked": 12,
              "checkpointsChecked": 2,
              "firstFailure": {
                "seq": 12,
                "reason": "checkpoint_root_mismatch",
                "detail": "the entry hashes of seq 1 to 12 have the root 7e0d5c2b41a9f3e6d8c1b0a2f4e6d8c0b2a4f6e8d0c2b4a6f8e0d2c4b6a8f0e2, the checkpoint signed at 2026-11-21T07:09:28.252394Z says 3f83b338758a2e2f7143a19bc667b979b51386f18b3bae8f2d13a9abcb33e10d: a record of seq 10 to 12 was changed, removed or added after it was signed (the checkpoint before it is of tree size 9).",
                "range": {
                  "from": 10,
                  "to": 12
                }
              }
            }
            """;

    static final String PUBLIC_KEY = """
            {
              "algorithm": "Ed25519",
              "keyId": "0fe288e4b4c6fdca702ff1980684b371cd9fbfb80503a7a27312c273427c9ad1",
              "publicKeyPem": "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEARxrtyZ4kAYcVY6XuZpEA1Mw4yhlLr0EMDvmjZFu74IM=\n-----END PUBLIC KEY-----\n"
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
