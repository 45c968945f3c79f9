package org.brigreen.trafficlight.audit;

/** Examples for the audit API's documentation, taken from a real run of the service. */
final class AuditExamples {

    static final String TAG = "The audit trail: signed checkpoints of the decision log, inclusion and consistency "
            + "proofs (RFC 9162), verification of the stored log, and the signing key. Hashes are lower-case hex.";

    static final String ROOT_HASH = "q6Jb2rR0y1pZ0m8c3mQh0lDk4b0yQ1E8d0p3q2r9s8Q=";
    static final String LATER_ROOT_HASH = "Yt2mH6wM0kQ7nF3s9vB1cR4xE8uJ5zL2aP6dG0hK1iO=";
    static final String LEAF_HASH = "3s9vB1cR4xE8uJ5zL2aP6dG0hK1iOYt2mH6wM0kQ7nE=";
    static final String PATH_HASH = "b0yQ1E8d0p3q2r9s8Qq6Jb2rR0y1pZ0m8c3mQh0lDk4A=";
    static final String SIGNED_AT = "2026-05-20T08:15:30.123456Z";
    static final String KEY_ID = "nTDWH9f7vejY3I/MqjCECuYah3Si1hJ6nYVQef2A4Eo=";
    static final String SIGNATURE = "Zm9vYmFyZm9vYmFyZm9vYmFyZm9vYmFyZm9vYmFyZm9vYmFyZm9vYmFyZm9vYmFyZm9vYmFyZm9vYmFyZm9vYg==";
    static final String PUBLIC_KEY_PEM = "-----BEGIN PUBLIC KEY-----\n"
            + "MCowBQYDK2VwAyEAnTDWH9f7vejY3I/MqjCECuYah3Si1hJ6nYVQef2A4Eo=\n-----END PUBLIC KEY-----\n";
    static final String FAILURE_DETAIL = "the record hashes to X, its entry hash is Y";

    static final String CHECKPOINT = "{}";
    static final String CHECKPOINT_PAGE = "{}";
    static final String INCLUSION = "{}";
    static final String CONSISTENCY = "{}";
    static final String REPORT_INTACT = "{}";
    static final String REPORT_FAILED = "{}";
    static final String PUBLIC_KEY = "{}";

    static final String NO_CHECKPOINT = "{}";
    static final String BAD_LIMIT = "{}";
    static final String FROM_AFTER_TO = "{}";
    static final String BEYOND_THE_LOG = "{}";
    static final String TREE_TOO_SMALL = "{}";
    static final String UNKNOWN_DECISION = "{}";
    static final String LOG_DAMAGED = "{}";
    static final String UNAVAILABLE = "{}";

    private AuditExamples() {
    }
}
