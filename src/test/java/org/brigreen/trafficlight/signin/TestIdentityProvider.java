package org.brigreen.trafficlight.signin;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The identity provider the tests' pages sign in at: a {@link DevIdentityProvider} of their own, on a free port, for the
 * whole test run (declared once, on {@link SignInTest}).
 */
public class TestIdentityProvider implements QuarkusTestResourceLifecycleManager {

    private DevIdentityProvider provider;

    @Override
    public Map<String, String> start() {
        try {
            provider = DevIdentityProvider.start(0, "traffic-light-pages", "dev-only-client-secret-not-for-production");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("quarkus.oidc.auth-server-url", provider.issuer());
    }

    @Override
    public void stop() {
        if (provider != null) {
            provider.close();
        }
    }
}
