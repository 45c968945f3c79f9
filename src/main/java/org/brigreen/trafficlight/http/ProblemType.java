package org.brigreen.trafficlight.http;

import java.util.Arrays;
import java.util.Locale;

/**
 * Every type of problem the service answers, each documented for people at {@code /problems/{name}}. A problem's
 * {@code type} is that path, a relative reference (RFC 9457 §3.1.1) that a client resolves against the request's URI:
 * the service does not know the origin its callers reach it by (a proxy's, and the Host header can be forged), and a
 * path names the same type in every deployment.
 */
public enum ProblemType {
    INVALID_REQUEST(400),
    UNAUTHORIZED(401),
    FORBIDDEN(403),
    FORM_TOKEN_REFUSED(403),
    HTTP_404(404),
    UNKNOWN_RULE_SET(404),
    HTTP_405(405),
    HTTP_406(406),
    IDEMPOTENCY_KEY_IN_FLIGHT(409),
    IDEMPOTENCY_KEY_BATCH_CUT_OFF(409),
    APPEAL_PENDING(409),
    APPEAL_RULED(409),
    DECISION_SUPERSEDED(409),
    LOG_DAMAGED(409),
    INTEGRITY_ERROR(409),
    HTTP_413(413),
    HTTP_414(414),
    HTTP_415(415),
    IDEMPOTENCY_KEY_REUSED(422),
    RATE_LIMITED(429),
    HTTP_431(431),
    HTTP_ERROR(0),
    INTERNAL_ERROR(500),
    DECISION_LOG_UNAVAILABLE(503),
    SIGN_IN_NOT_CONFIGURED(503);

    /** Where the pages documenting the types are. */
    public static final String PATH = "/problems/";

    private final int status;

    ProblemType(int status) {
        this.status = status;
    }

    /** The type's name in its URL: {@code invalid-request}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The {@code type} of a problem: {@code /problems/invalid-request}. */
    public String uri() {
        return PATH + wireName();
    }

    /** The HTTP status it is answered with; 0 for {@link #HTTP_ERROR}, which stands for any other. */
    public int status() {
        return status;
    }

    /** The type of an HTTP error the framework raised: {@code http-405}, or {@link #HTTP_ERROR} for a rarer one. */
    public static ProblemType ofStatus(int status) {
        return named("http-" + status).orElse(HTTP_ERROR);
    }

    /** The type with this name, if there is one. */
    public static java.util.Optional<ProblemType> named(String wireName) {
        return Arrays.stream(values()).filter(type -> type.wireName().equals(wireName)).findFirst();
    }
}
