package org.brigreen.trafficlight.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A loaded, compiled and checked rule-set version. Published versions are immutable: a version is identified by its
 * id, its version and the SHA-256 digest of its files.
 *
 * @param parameters     the CEL value of each parameter, by its name in conditions ({@code params.<name>})
 * @param implications   the facts the version implies where the descriptor leaves them out, in order
 * @param contradictions the combinations of facts it refuses
 * @param ep4Categories  how it judges the Equator Principles category; empty where it reads it across from the class
 */
public record RuleSet(RuleSetManifest manifest, String digest, List<Rule> rules, Map<String, Object> parameters,
        Condition ep4AppliesWhen, List<Implication> implications, List<Contradiction> contradictions,
        List<Ep4Category> ep4Categories) {

    public RuleSet {
        rules = List.copyOf(rules);
        parameters = Map.copyOf(parameters);
        implications = List.copyOf(implications);
        contradictions = List.copyOf(contradictions);
        ep4Categories = List.copyOf(ep4Categories);
    }

    /**
     * An implied fact, compiled: {@code when} is null where it always applies, and {@code value} is the definition's
     * value as CEL reads it.
     */
    public record Implication(ImpliedFactDefinition definition, Condition when, Object value) {
    }

    /** A contradiction, compiled. */
    public record Contradiction(ContradictionDefinition definition, Condition when) {
    }

    /** An Equator Principles category, compiled. */
    public record Ep4Category(Ep4CategoryDefinition definition, Condition when) {
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

    public DecisionProcedure procedure() {
        return manifest.decision();
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
