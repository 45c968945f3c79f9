package org.brigreen.trafficlight.security;

import java.util.List;
import org.brigreen.trafficlight.input.FieldError;
import org.brigreen.trafficlight.input.InvalidRequestException;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The dev-mode token endpoint (not built into the tests' service, so called directly) mints only tokens the service
 * accepts: what it cannot make is a 400 naming every field.
 */
class DevTokenResourceTest {

    private final DevTokenResource tokens = new DevTokenResource();

    @Test
    void anOrganisationOrSubjectTheServiceWouldRefuseIsA400NamingTheField() {
        InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                () -> tokens.token("lender", "o".repeat(ClaimShapes.MAX_NAME_LENGTH + 1), "alice\nbob"));
        assertEquals(List.of("org", "sub"), refused.errors().stream().map(FieldError::pointer).toList());
    }

    @Test
    void everyInvalidFieldIsNamedAtOnce() {
        InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                () -> tokens.token("root", " ", ""));
        assertEquals(List.of("role", "org", "sub"), refused.errors().stream().map(FieldError::pointer).toList());
        assertEquals(List.of(Roles.LENDER, Roles.ENTERPRISE, Roles.REGULATOR, Roles.RULES_ADMIN),
                refused.errors().get(0).allowedValues());
    }
}
