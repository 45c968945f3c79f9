package org.brigreen.trafficlight.security;

import io.quarkus.arc.profile.IfBuildProfile;
import io.smallrye.jwt.build.Jwt;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.brigreen.trafficlight.input.FieldError;
import org.brigreen.trafficlight.input.InvalidRequestException;

/**
 * Dev mode only: mints a token for any role, signed with the dev-only key, so that the API can be tried without an
 * identity provider. The class is not even built into the test or packaged service ({@code @IfBuildProfile}).
 */
@IfBuildProfile("dev")
@Path("/dev/token")
public class DevTokenResource {

    private static final List<String> ROLES = List.of(Roles.LENDER, Roles.ENTERPRISE, Roles.REGULATOR,
            Roles.RULES_ADMIN);
    private static final String NAME = "must be 1 to " + ClaimShapes.MAX_NAME_LENGTH
            + " characters without control characters";

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String token(@QueryParam("role") String role, @QueryParam("org") String org,
            @QueryParam("sub") String subject) {
        List<FieldError> errors = new ArrayList<>();
        if (!ROLES.contains(role)) {
            errors.add(new FieldError("role", "must be one of the roles", ROLES));
        }
        // Only tokens the service accepts (ClaimShapes).
        if (org != null && !org.isEmpty() && !ClaimShapes.isName(org)) {
            errors.add(new FieldError("org", NAME));
        }
        if (subject != null && !ClaimShapes.isName(subject)) {
            errors.add(new FieldError("sub", NAME));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("The token cannot be made as asked.", errors);
        }
        var claims = Jwt.issuer(TokenConfigurationCheck.DEV_ISSUER)
                .subject(subject == null ? "dev-" + role : subject)
                .groups(Set.of(role))
                .expiresIn(Duration.ofHours(12));
        if (org != null && !org.isEmpty()) {
            claims.claim(Callers.ORG_CLAIM, org);
        }
        return claims.sign();
    }
}
