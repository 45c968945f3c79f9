package org.brigreen.trafficlight.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.brigreen.trafficlight.classification.Descriptors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * A correctly signed token whose claims have a shape the service cannot use is refused like any other invalid token:
 * 401 problem+json, never a 500, whether the caller reads the log or classifies.
 */
@QuarkusTest
class TokenClaimShapeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> oddClaims() {
        List<Arguments> cases = new ArrayList<>();
        odd(cases, "groups as a number", claims -> claims.put("groups", 42));
        odd(cases, "groups as an object", claims -> claims.putObject("groups").put("lender", true));
        odd(cases, "groups as an array of numbers", claims -> claims.putArray("groups").add(1).add(2));
        odd(cases, "groups as nested arrays", claims -> claims.putArray("groups").addArray().add("lender"));
        odd(cases, "groups with a number among the roles", claims -> claims.putArray("groups").add("lender").add(7));
        odd(cases, "groups with a null role", claims -> claims.putArray("groups").add("lender").addNull());
        odd(cases, "groups as a boolean", claims -> claims.put("groups", true));
        odd(cases, "groups as null", claims -> claims.putNull("groups"));
        odd(cases, "org as a number", claims -> claims.put("org", 42));
        odd(cases, "org as an array", claims -> claims.putArray("org").add("acme"));
        odd(cases, "org as an object", claims -> claims.putObject("org").put("name", "acme"));
        odd(cases, "org as a boolean", claims -> claims.put("org", false));
        odd(cases, "org empty", claims -> claims.put("org", ""));
        odd(cases, "org as null", claims -> claims.putNull("org"));
        odd(cases, "org of 10,000 characters", claims -> claims.put("org", "o".repeat(10_000)));
        odd(cases, "org with a control character", claims -> claims.put("org", "acme\u0000bank"));
        odd(cases, "sub missing", claims -> claims.remove("sub"));
        odd(cases, "sub as a number", claims -> claims.put("sub", 42));
        odd(cases, "sub as an object", claims -> claims.putObject("sub").put("id", "alice"));
        odd(cases, "sub as an array", claims -> claims.putArray("sub").add("alice"));
        odd(cases, "sub empty", claims -> claims.put("sub", ""));
        odd(cases, "sub of 10,000 characters", claims -> claims.put("sub", "s".repeat(10_000)));
        odd(cases, "sub with a line break", claims -> claims.put("sub", "alice\nINFO forged log line"));
        odd(cases, "upn as a number, without sub", claims -> {
            claims.remove("sub");
            claims.put("upn", 42);
        });
        odd(cases, "exp as a string", claims -> claims.put("exp", String.valueOf(later())));
        odd(cases, "exp missing", claims -> claims.remove("exp"));
        odd(cases, "exp beyond any date", claims -> claims.put("exp", new java.math.BigInteger("9".repeat(30))));
        odd(cases, "nbf far in the future", claims -> claims.put("nbf", Long.MAX_VALUE));
        odd(cases, "iat as a string", claims -> claims.put("iat", "now"));
        odd(cases, "nbf as a string", claims -> claims.put("nbf", "0"));
        odd(cases, "iss as a number", claims -> claims.put("iss", 42));
        odd(cases, "aud as a number", claims -> claims.put("aud", 42));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oddClaims")
    void isRefusedWhenReading(String name, String claims) {
        assertUnauthorized(Api.as(Tokens.signRaw(claims)).when().get("/v1/decisions").then(), "/v1/decisions");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oddClaims")
    void isRefusedWhenClassifying(String name, String claims) {
        assertUnauthorized(Api.as(Tokens.signRaw(claims)).contentType(ContentType.JSON)
                .body(Descriptors.solarPark().toString())
                .when().post("/v1/classifications").then(), "/v1/classifications");
    }

    @Test
    void theSameClaimsInTheirUsualShapeAreAccepted() {
        String token = Tokens.signRaw(lender().toString());
        Api.as(token).when().get("/v1/decisions").then().statusCode(200);
        Api.as(token).contentType(ContentType.JSON).body(Descriptors.solarPark().toString())
                .when().post("/v1/classifications").then().statusCode(201);
    }

    @Test
    void aTokenValidUntilTheEndOfTimeIsAccepted() {
        ObjectNode claims = lender();
        claims.put("exp", Long.MAX_VALUE);
        Api.as(Tokens.signRaw(claims.toString())).when().get("/v1/decisions").then().statusCode(200);
    }

    @Test
    void groupsAsOneSpaceSeparatedStringAreRoles() {
        ObjectNode claims = lender();
        claims.put("groups", "lender");
        Api.as(Tokens.signRaw(claims.toString())).when().get("/v1/decisions").then().statusCode(200);
    }

    private static void assertUnauthorized(ValidatableResponse response, String instance) {
        response.statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("/problems/unauthorized"))
                .body("status", equalTo(401))
                .body("instance", equalTo(instance))
                .body(allOf(not(containsString("Exception")), not(containsString("java."))));
    }

    /** The claims of a lender of acme-bank, as the identity provider would sign them. */
    private static ObjectNode lender() {
        ObjectNode claims = JSON.createObjectNode();
        claims.put("iss", TokenConfigurationCheck.DEV_ISSUER);
        claims.put("sub", "alice@acme-bank.example");
        claims.putArray("groups").add(Roles.LENDER);
        claims.put("org", "acme-bank");
        claims.put("iat", Instant.now().getEpochSecond());
        claims.put("exp", later());
        return claims;
    }

    private static long later() {
        return Instant.now().plusSeconds(3600).getEpochSecond();
    }

    private static void odd(List<Arguments> cases, String name, Consumer<ObjectNode> change) {
        ObjectNode claims = lender();
        change.accept(claims);
        cases.add(Arguments.of(name, claims.toString()));
    }
}
