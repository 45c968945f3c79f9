package org.brigreen.trafficlight.audit;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigurationException;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;

/**
 * Stops the start of an application that has no usable audit signing key, with one line: Quarkus prints the message
 * of a {@link ConfigurationException} that stops the start, without a stack trace. Loading the key at start, rather
 * than at the first checkpoint, also means a wrong key file is found at once.
 */
@Singleton
public class SigningKeyCheck {

    void verify(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE + 1) StartupEvent event,
            Instance<AuditSigningKey> key) {
        try {
            key.get().keyId();
        } catch (RuntimeException e) {
            throw new ConfigurationException(unavailable(e).getMessage());
        }
    }

    /** The key's own message, however the container wrapped it. */
    private static Throwable unavailable(RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof AuditSigningKey.UnavailableException) {
                return cause;
            }
        }
        return e;
    }
}
