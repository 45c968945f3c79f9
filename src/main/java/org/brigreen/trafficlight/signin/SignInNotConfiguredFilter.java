package org.brigreen.trafficlight.signin;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.brigreen.trafficlight.http.Problem;
import org.brigreen.trafficlight.http.ProblemType;
import org.brigreen.trafficlight.http.RouteProblems;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A service run without an identity provider for its pages ({@link SignInConfigSourceFactory}) answers their paths
 * with a 503 that says so, instead of an empty 401 that no one can act on. The API is not concerned.
 */
@ApplicationScoped
class SignInNotConfiguredFilter {

    static final String DETAIL = "Sign-in to the pages is not configured on this service: its operator sets "
            + "QUARKUS_OIDC_AUTH_SERVER_URL, QUARKUS_OIDC_CLIENT_ID and QUARKUS_OIDC_CREDENTIALS_SECRET (README, "
            + "\"Signing in\"). The API works without it.";

    private final RouteProblems problems;
    private final boolean signInEnabled;

    SignInNotConfiguredFilter(RouteProblems problems,
            @ConfigProperty(name = SignInConfigSourceFactory.ENABLED) boolean signInEnabled) {
        this.problems = problems;
        this.signInEnabled = signInEnabled;
    }

    void answerPagesWithoutSignIn(@Observes Router router) {
        if (signInEnabled) {
            return;
        }
        // Before authentication, which would answer an empty 401.
        router.routeWithRegex("/app(/.*)?").order(Integer.MIN_VALUE + 2).handler(context -> problems.end(
                context.response(), Problem.of(ProblemType.SIGN_IN_NOT_CONFIGURED, "Service Unavailable", 503, DETAIL,
                        context.request().path())));
    }
}
