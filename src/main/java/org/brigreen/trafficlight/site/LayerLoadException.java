package org.brigreen.trafficlight.site;

/** A reference layer version that cannot be used: unreadable, malformed, or not the data its manifest digested. */
public class LayerLoadException extends RuntimeException {

    public LayerLoadException(String message) {
        super(message);
    }

    public LayerLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
