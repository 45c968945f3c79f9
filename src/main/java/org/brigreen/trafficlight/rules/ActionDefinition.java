package org.brigreen.trafficlight.rules;

/**
 * A required action or a remedy as a rule file writes it: its text in both languages and, optionally, the CEL
 * condition under which what it asks is already done (a mitigation in place), so that it is not asked again.
 */
public record ActionDefinition(
        String en,

        String zh,

        String satisfiedWhen) {

    public LocalizedText text() {
        return new LocalizedText(en, zh);
    }

    ActionDefinition withText(LocalizedText text) {
        return new ActionDefinition(text.en(), text.zh(), satisfiedWhen);
    }
}
