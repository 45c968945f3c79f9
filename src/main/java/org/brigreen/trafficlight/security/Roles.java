package org.brigreen.trafficlight.security;

/** The roles a caller's token grants, as names in its {@code groups} claim. */
public final class Roles {

    /** Screens loans, and reads its own organisation's decisions. */
    public static final String LENDER = "lender";
    /** Self-checks its own projects, and reads its own organisation's decisions. */
    public static final String ENTERPRISE = "enterprise";
    /** Reads, exports and verifies every decision and runs impact analysis; never classifies. */
    public static final String REGULATOR = "regulator";
    /** Publishes and retires rule-set versions (as files today: there is no publishing endpoint). */
    public static final String RULES_ADMIN = "rules_admin";

    private Roles() {
    }
}
