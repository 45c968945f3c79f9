package org.brigreen.trafficlight.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigurationException;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Stops the start of the packaged service, with one line, when bearer tokens cannot be verified (no issuer, no
 * key) or would be verified with the dev-only key, whose private half is in the source tree: anyone could mint a
 * regulator's token. Quarkus prints the message of a {@link ConfigurationException} without a stack trace. Dev mode
 * and tests use the dev-only key on purpose.
 */
@Singleton
public class TokenConfigurationCheck {

    static final String ISSUER = "mp.jwt.verify.issuer";
    static final String KEY_LOCATION = "mp.jwt.verify.publickey.location";
    static final String KEY = "mp.jwt.verify.publickey";
    /** The issuer of the dev-only tokens. */
    public static final String DEV_ISSUER = "https://traffic-light.invalid/dev-only";
    /** Part of the name of every dev-only key file. */
    static final String DEV_KEY_MARK = "dev-only";

    static final String NOT_CONFIGURED = "No bearer-token verification configured: set MP_JWT_VERIFY_ISSUER and "
            + "MP_JWT_VERIFY_PUBLICKEY_LOCATION (the identity provider's PEM public key or JWKS URL)";
    static final String DEV_KEY = "The dev-only token issuer or key is configured: set MP_JWT_VERIFY_ISSUER and "
            + "MP_JWT_VERIFY_PUBLICKEY_LOCATION to the identity provider's issuer and public key";

    void verify(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE + 2) StartupEvent event) {
        if (LaunchMode.current() != LaunchMode.NORMAL) {
            return;
        }
        Config config = ConfigProvider.getConfig();
        problem(value(config, ISSUER), value(config, KEY_LOCATION), value(config, KEY)).ifPresent(message -> {
            throw new ConfigurationException(message);
        });
    }

    /** What is wrong with this token configuration, if anything. */
    static Optional<String> problem(Optional<String> issuer, Optional<String> keyLocation, Optional<String> key) {
        if (issuer.isEmpty() || keyLocation.isEmpty() && key.isEmpty()) {
            return Optional.of(NOT_CONFIGURED);
        }
        if (issuer.get().equals(DEV_ISSUER) || keyLocation.filter(l -> l.contains(DEV_KEY_MARK)).isPresent()) {
            return Optional.of(DEV_KEY);
        }
        return Optional.empty();
    }

    private static Optional<String> value(Config config, String name) {
        return config.getOptionalValue(name, String.class).filter(v -> !v.isBlank());
    }
}
