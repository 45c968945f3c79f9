package org.brigreen.trafficlight.http;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an answer must never show a caller: Java packages and classes, the names of the libraries and servers the
 * service is built on, exceptions and stack frames, a parser's feature switches, limits and source descriptions.
 */
final class Internals {

    private static final Pattern INTERNAL = Pattern.compile(String.join("|",
            "\\b(?:com|org|io|java|javax|jakarta|sun|jdk|dev)\\.[a-z]",
            "(?i:jackson|fasterxml|postgres|pgjdbc|vert\\.?x|netty|quarkus|resteasy|smallrye|hibernate|agroal|flyway"
                    + "|narayana|zonky|jboss|brigreen)",
            "Exception|Throwable|StackTrace|\\.java:\\d",
            "StreamReadConstraints|\\w*Feature\\b|\\[Source:|reference chain|`"));

    private Internals() {
    }

    /** The first internal thing {@code body} shows, if any. */
    static Optional<String> in(String body) {
        Matcher found = INTERNAL.matcher(body);
        return found.find() ? Optional.of(found.group()) : Optional.empty();
    }
}
