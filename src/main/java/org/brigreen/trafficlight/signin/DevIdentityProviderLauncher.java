package org.brigreen.trafficlight.signin;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Dev mode only: starts the {@link DevIdentityProvider} the pages sign in at (quarkus.oidc.auth-server-url of the dev
 * profile). The OpenID Connect client finds it on the first sign-in, when it is up.
 */
@IfBuildProfile("dev")
@ApplicationScoped
class DevIdentityProviderLauncher {

    private static final Logger LOG = Logger.getLogger(DevIdentityProviderLauncher.class);

    private final int port;
    private final String clientId;
    private final String clientSecret;
    private DevIdentityProvider provider;

    DevIdentityProviderLauncher(@ConfigProperty(name = "traffic-light.dev-identity-provider.port") int port,
            @ConfigProperty(name = "quarkus.oidc.client-id") String clientId,
            @ConfigProperty(name = "quarkus.oidc.credentials.secret") String clientSecret) {
        this.port = port;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    void start(@Observes StartupEvent event) {
        try {
            provider = DevIdentityProvider.start(port, clientId, clientSecret);
            LOG.infof("Dev identity provider for the pages' sign-in at %s (dev mode only)", provider.issuer());
        } catch (IOException e) {
            throw new UncheckedIOException("The dev identity provider cannot listen on port " + port
                    + " (traffic-light.dev-identity-provider.port)", e);
        }
    }

    void stop(@Observes ShutdownEvent event) {
        if (provider != null) {
            provider.close();
        }
    }
}
