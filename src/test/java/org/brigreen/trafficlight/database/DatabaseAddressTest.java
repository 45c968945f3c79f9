package org.brigreen.trafficlight.database;

import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Only the hosts and ports of a JDBC URL are logged: never its database, options or credentials. */
class DatabaseAddressTest {

    @Test
    void isTheHostAndPortOfTheUrl() {
        assertEquals("db.example:6543", DatabaseAddress.of("jdbc:postgresql://db.example:6543/traffic_light"));
        assertEquals("db.example:5432", DatabaseAddress.of("jdbc:postgresql://db.example/traffic_light"));
        assertEquals("[::1]:5433", DatabaseAddress.of("jdbc:postgresql://[::1]:5433/traffic_light"));
        assertEquals("[::1]:5432", DatabaseAddress.of("jdbc:postgresql://[::1]/traffic_light"));
        assertEquals("a:5432,b:5433", DatabaseAddress.of("jdbc:postgresql://a,b:5433/traffic_light"));
    }

    @Test
    void leavesOutCredentialsAndOptions() {
        assertEquals("db:5432", DatabaseAddress.of("jdbc:postgresql://db:5432/x?user=app&password=secret"));
        assertEquals("db:5432", DatabaseAddress.of("jdbc:postgresql://db?password=secret"));
    }

    @Test
    void namesNoHostWhenTheUrlHasNone() {
        assertEquals("(the configured database)", DatabaseAddress.of("jdbc:postgresql:traffic_light"));
    }
}
