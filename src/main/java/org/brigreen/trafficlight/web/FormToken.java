package org.brigreen.trafficlight.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.brigreen.trafficlight.security.Callers;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The token every form and scripted post of the pages carries against cross-site request forgery: an HMAC of the
 * signed-in person's name under the service's key. Another site can make a browser post, but cannot read the page
 * the token is in; and a token taken from one's own session is worth nothing in another person's.
 */
@ApplicationScoped
public class FormToken {

    /** The form field, and the header of a scripted post, that carries the token. */
    public static final String FIELD = "csrf";
    public static final String HEADER = "X-CSRF-Token";
    private static final String ALGORITHM = "HmacSHA256";
    private static final int MIN_KEY_LENGTH = 32;

    private final Callers callers;
    private final SecretKeySpec key;

    FormToken(Callers callers, @ConfigProperty(name = "traffic-light.pages.form-token-key") Optional<String> key) {
        this.callers = callers;
        this.key = new SecretKeySpec(key.map(FormToken::configured).orElseGet(FormToken::randomKey), ALGORITHM);
    }

    /** The token of the signed-in person. */
    public String current() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] tag = mac.doFinal(("form-token:" + callers.name()).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(tag);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Checks the token a post carries.
     *
     * @throws FormTokenRefusedException when it is missing or is not the signed-in person's
     */
    public void check(String sent) {
        if (sent == null || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.US_ASCII),
                current().getBytes(StandardCharsets.US_ASCII))) {
            throw new FormTokenRefusedException();
        }
    }

    private static byte[] configured(String key) {
        if (key.length() < MIN_KEY_LENGTH) {
            throw new IllegalArgumentException("traffic-light.pages.form-token-key must have at least "
                    + MIN_KEY_LENGTH + " characters");
        }
        return key.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
