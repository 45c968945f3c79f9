package org.brigreen.trafficlight.rules;

/**
 * One Equator Principles category and when a project falls in it, judged from its impacts rather than read across
 * from its class (METHODOLOGY §7.6). Categories are tried in order; the last one's condition is {@code true}.
 *
 * @param when CEL condition over the facts and {@code findings.worst}, the worst environmental finding after
 *             mitigation ({@code significant}, {@code moderate}, {@code low} or {@code none})
 */
public record Ep4CategoryDefinition(
        String category,

        String when,

        LocalizedText because) {
}
