package org.brigreen.trafficlight.database;

/**
 * Where a JDBC URL points, as it may be logged: its hosts and ports, never the rest, which may hold credentials
 * ({@code ?password=}).
 */
final class DatabaseAddress {

    private static final String SCHEME_END = "://";
    private static final String DEFAULT_PORT = ":5432";

    private DatabaseAddress() {
    }

    /** The host and port of {@code jdbcUrl} ({@code db:5432}; several, comma-separated, for a failover URL). */
    static String of(String jdbcUrl) {
        int start = jdbcUrl.indexOf(SCHEME_END);
        if (start < 0) {
            return "(the configured database)";
        }
        String rest = jdbcUrl.substring(start + SCHEME_END.length());
        int end = rest.length();
        for (char delimiter : new char[] {'/', '?', '#'}) {
            int at = rest.indexOf(delimiter);
            end = at < 0 ? end : Math.min(end, at);
        }
        StringBuilder hosts = new StringBuilder();
        for (String host : rest.substring(0, end).split(",")) {
            hosts.append(hosts.isEmpty() ? "" : ",").append(host).append(hasPort(host) ? "" : DEFAULT_PORT);
        }
        return hosts.toString();
    }

    private static boolean hasPort(String host) {
        int colon = host.lastIndexOf(':');
        return colon > host.lastIndexOf(']');
    }
}
