package org.brigreen.trafficlight.ratelimit;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.time.Duration;
import org.brigreen.trafficlight.security.Callers;

/**
 * Refuses a request over its organisation's rate limit before any work is done. It runs after authentication and
 * the role check, so that the limit is charged to the organisation the verified token names.
 */
@RateLimited
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class RateLimitInterceptor {

    private final RateLimiter limiter;
    private final Callers callers;

    public RateLimitInterceptor(RateLimiter limiter, Callers callers) {
        this.limiter = limiter;
        this.callers = callers;
    }

    @AroundInvoke
    Object limit(InvocationContext invocation) throws Exception {
        Duration wait = limiter.take(callers.rateLimitKey());
        if (!wait.isZero()) {
            throw new RateLimitExceededException(wait);
        }
        return invocation.proceed();
    }
}
