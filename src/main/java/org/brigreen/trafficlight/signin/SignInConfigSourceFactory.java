package org.brigreen.trafficlight.signin;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.common.MapBackedConfigSource;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Turns sign-in to the pages on when its identity provider is configured ({@code quarkus.oidc.auth-server-url}), and
 * off otherwise, so that a service run for its API alone starts as before; its pages then say that sign-in is not
 * configured. Registered in {@code META-INF/services/io.smallrye.config.ConfigSourceFactory}. It always answers,
 * either way, because Quarkus records what it sees while building the package as defaults of the package, and a
 * recorded "off" must not outlive a provider configured later.
 */
public final class SignInConfigSourceFactory implements ConfigSourceFactory {

    static final String PROVIDER = "quarkus.oidc.auth-server-url";
    static final String ENABLED = "quarkus.oidc.tenant-enabled";
    /** Below {@code application.properties} (250) and the environment (300): an operator's value wins. */
    private static final int ORDINAL = 100;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        String provider = context.getValue(PROVIDER).getValue();
        boolean configured = provider != null && !provider.isBlank();
        return List.of(new MapBackedConfigSource("SignIn", Map.of(ENABLED, Boolean.toString(configured)), ORDINAL) {
        });
    }
}
