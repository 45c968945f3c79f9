package org.brigreen.trafficlight.web;

/** A post from a page without the signed-in person's {@link FormToken}: from another site, or a stale page. */
public class FormTokenRefusedException extends RuntimeException {

    FormTokenRefusedException() {
        super("The form did not come from this service's page for you, or the page is from an earlier session: "
                + "open the page again and resend it.");
    }
}
