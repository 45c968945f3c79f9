package org.brigreen.trafficlight.rules;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jboss.logging.Logger;

/**
 * The rule-set versions the service serves, loaded side by side. The default version of a rule set is the newest
 * published one in effect; a caller may pin any version, drafts included.
 * <p>
 * Loading starts when the catalogue is made, on a thread of its own, so that the service can do other work (migrate
 * its database) meanwhile; the first use waits for it.
 */
public final class RuleSetCatalog {

    private static final Logger LOG = Logger.getLogger(RuleSetCatalog.class);

    private final CompletableFuture<List<RuleSet>> loading;
    private final String defaultRuleSetId;

    /**
     * Starts loading every version under {@code directory}.
     *
     * @param defaultRuleSetId the rule set a request is classified under when it names none: it must be there
     */
    public RuleSetCatalog(Path directory, String defaultRuleSetId, DescriptorFacts descriptorFacts) {
        this.defaultRuleSetId = defaultRuleSetId;
        this.loading = CompletableFuture.supplyAsync(() -> load(directory, defaultRuleSetId, descriptorFacts));
    }

    private static List<RuleSet> load(Path directory, String defaultRuleSetId, DescriptorFacts descriptorFacts) {
        List<RuleSet> ruleSets = new RuleSetLoader(descriptorFacts).loadAll(directory);
        if (ruleSets.stream().noneMatch(ruleSet -> ruleSet.id().equals(defaultRuleSetId))) {
            throw new RuleSetLoadException(List.of(directory + ": the default rule set '" + defaultRuleSetId
                    + "' (traffic-light.rules.default-ruleset) is not there"));
        }
        ruleSets.forEach(ruleSet -> LOG.infof("Rule set %s %s (%s, %s, effective %s): %d rules", ruleSet.id(),
                ruleSet.version(), ruleSet.manifest().status(), ruleSet.digest(), ruleSet.effectiveFrom(),
                ruleSet.rules().size()));
        return ruleSets;
    }

    /**
     * Every loaded version, in id and version order.
     *
     * @throws RuleSetLoadException when the rule sets did not load
     */
    public List<RuleSet> all() {
        try {
            return loading.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    public Optional<RuleSet> find(String id, String version) {
        return all().stream().filter(r -> r.id().equals(id) && r.version().equals(version)).findFirst();
    }

    /** The version of rule set {@code id} that serves by default on {@code day}, if any is in effect. */
    public Optional<RuleSet> defaultVersion(String id, LocalDate day) {
        return all().stream()
                .filter(r -> r.id().equals(id) && r.isInEffectOn(day))
                .max(Comparator.comparing(RuleSet::effectiveFrom));
    }

    /**
     * The version a request asks for: {@code id} defaults to the configured rule set, {@code version} to the
     * default version on {@code day}.
     *
     * @throws UnknownRuleSetException when there is no such rule set or version
     */
    public RuleSet select(String id, String version, LocalDate day) {
        String ruleSetId = id == null ? defaultRuleSetId : id;
        if (all().stream().noneMatch(r -> r.id().equals(ruleSetId))) {
            throw new UnknownRuleSetException("There is no rule set '" + ruleSetId + "'. Loaded: "
                    + all().stream().map(RuleSet::id).distinct().toList() + ".");
        }
        if (version == null) {
            return defaultVersion(ruleSetId, day).orElseThrow(() -> new UnknownRuleSetException(
                    "Rule set '" + ruleSetId + "' has no published version in effect on " + day + "."));
        }
        return find(ruleSetId, version).orElseThrow(() -> new UnknownRuleSetException("Rule set '" + ruleSetId
                + "' has no version '" + version + "'. Loaded: " + all().stream()
                .filter(r -> r.id().equals(ruleSetId)).map(RuleSet::version).toList() + "."));
    }
}
