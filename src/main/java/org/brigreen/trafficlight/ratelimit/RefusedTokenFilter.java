package org.brigreen.trafficlight.ratelimit;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import org.brigreen.trafficlight.http.Problem;
import org.brigreen.trafficlight.http.ProblemType;
import org.brigreen.trafficlight.http.RouteProblems;
import org.brigreen.trafficlight.security.VerifiedTokenCache;

/**
 * Limits the requests to the API whose token is missing or refused, per client address: each 401 takes from the
 * address's bucket, and while it is empty the address's requests are answered 429 before their token is checked, so
 * that a flood of forged tokens costs no signature checks. A token verified before goes on regardless, and is then
 * counted against its organisation ({@link RateLimiter}). The address is the connection's peer, or the one a trusted
 * proxy forwards when {@code quarkus.http.proxy.proxy-address-forwarding} is set.
 */
@ApplicationScoped
public class RefusedTokenFilter {

    private static final String API = "/v1/*";
    private static final String BEARER = "Bearer ";
    private static final String DETAIL = "Too many requests without a valid bearer token from your address. Retry "
            + "after the time given in Retry-After.";

    private final TokenBuckets buckets;
    private final VerifiedTokenCache tokens;
    private final RouteProblems problems;

    public RefusedTokenFilter(RateLimitConfig config, VerifiedTokenCache tokens, RouteProblems problems) {
        double perSecond = config.refused().requestsPerSecond();
        int burst = config.refused().burst();
        if (perSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("traffic-light.rate-limit.refused: requests-per-second must be "
                    + "positive and burst at least 1");
        }
        this.buckets = new TokenBuckets(perSecond, burst);
        this.tokens = tokens;
        this.problems = problems;
    }

    void limitRefusedRequests(@Observes Router router) {
        // After the configured response headers (at Integer.MIN_VALUE), so that the 429 carries them too.
        router.route(API).order(Integer.MIN_VALUE + 1).handler(this::limit);
    }

    private void limit(RoutingContext context) {
        if (tokens.isVerified(bearerToken(context))) {
            context.next();
            return;
        }
        String address = address(context);
        Duration wait = buckets.waitFor(address);
        if (!wait.isZero()) {
            context.response().putHeader(HttpHeaders.RETRY_AFTER,
                    String.valueOf(RateLimitExceededException.retryAfterSeconds(wait)));
            problems.end(context.response(), Problem.of(ProblemType.RATE_LIMITED, "Too Many Requests", 429, DETAIL,
                    context.request().path()));
            return;
        }
        context.addHeadersEndHandler(ignored -> {
            if (context.response().getStatusCode() == 401) {
                buckets.take(address);
            }
        });
        context.next();
    }

    private static String bearerToken(RoutingContext context) {
        String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? authorization.substring(BEARER.length()).trim() : "";
    }

    private static String address(RoutingContext context) {
        SocketAddress peer = context.request().remoteAddress();
        return peer == null || peer.host() == null ? "unknown" : peer.host();
    }
}
