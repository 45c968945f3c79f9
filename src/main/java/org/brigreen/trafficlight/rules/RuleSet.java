package org.brigreen.trafficlight.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A loaded, compiled and checked rule-set version. Published versions are immutable: a version is identified by its
 * id, its version and the SHA-256 digest of its files.
 *
 * @param parameters the CEL value of each parameter, by its name in conditions ({@code params.<name>})
 */
public record RuleSet(RuleSetManifest manifest, String digest, List<Rule> rules, Map<String, Object> parameters,
        Condition ep4AppliesWhen) {

    public RuleSet {
        rules = List.copyOf(rules);
        parameters = Map.copyOf(parameters);
    }

    public String id() {
        return manifest.id();
    }

    public String version() {
        return manifest.version();
    }

    public LocalDate effectiveFrom() {
        return manifest.effectiveFrom();
    }

    public boolean isDraft() {
        return RuleSetManifest.DRAFT.equals(manifest.status());
    }

    /** Whether this version may be the default on {@code day}: published and in effect. */
    public boolean isInEffectOn(LocalDate day) {
        return !isDraft() && !effectiveFrom().isAfter(day);
    }

    public RuleSetRef ref() {
        return new RuleSetRef(id(), version(), digest);
    }
}
