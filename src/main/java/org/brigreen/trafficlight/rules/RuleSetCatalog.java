package org.brigreen.trafficlight.rules;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The rule-set versions the service serves, loaded side by side at start. The default version of a rule set is the
 * newest published one in effect; a caller may pin any version, drafts included.
 */
@Startup
@ApplicationScoped
public class RuleSetCatalog {

    private static final Logger LOG = Logger.getLogger(RuleSetCatalog.class);

    private final List<RuleSet> ruleSets;
    private final String defaultRuleSetId;

    public RuleSetCatalog(
            @ConfigProperty(name = "traffic-light.rules.directory", defaultValue = "rules") Path directory,
            @ConfigProperty(name = "traffic-light.rules.default-ruleset", defaultValue = "bri-traffic-light")
            String defaultRuleSetId,
            DescriptorFacts descriptorFacts) {
        this.ruleSets = new RuleSetLoader(descriptorFacts).loadAll(directory);
        this.defaultRuleSetId = defaultRuleSetId;
        if (ruleSets.stream().noneMatch(ruleSet -> ruleSet.id().equals(defaultRuleSetId))) {
            throw new RuleSetLoadException(List.of(directory + ": the default rule set '" + defaultRuleSetId
                    + "' (traffic-light.rules.default-ruleset) is not there"));
        }
        ruleSets.forEach(ruleSet -> LOG.infof("Rule set %s %s (%s, %s, effective %s): %d rules", ruleSet.id(),
                ruleSet.version(), ruleSet.manifest().status(), ruleSet.digest(), ruleSet.effectiveFrom(),
                ruleSet.rules().size()));
    }

    /** Every loaded version, in id and version order. */
    public List<RuleSet> all() {
        return ruleSets;
    }

    public Optional<RuleSet> find(String id, String version) {
        return ruleSets.stream().filter(r -> r.id().equals(id) && r.version().equals(version)).findFirst();
    }

    /** The version of rule set {@code id} that serves by default on {@code day}, if any is in effect. */
    public Optional<RuleSet> defaultVersion(String id, LocalDate day) {
        return ruleSets.stream()
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
        if (ruleSets.stream().noneMatch(r -> r.id().equals(ruleSetId))) {
            throw new UnknownRuleSetException("There is no rule set '" + ruleSetId + "'. Loaded: "
                    + ruleSets.stream().map(RuleSet::id).distinct().toList() + ".");
        }
        if (version == null) {
            return defaultVersion(ruleSetId, day).orElseThrow(() -> new UnknownRuleSetException(
                    "Rule set '" + ruleSetId + "' has no published version in effect on " + day + "."));
        }
        return find(ruleSetId, version).orElseThrow(() -> new UnknownRuleSetException("Rule set '" + ruleSetId
                + "' has no version '" + version + "'. Loaded: " + ruleSets.stream()
                .filter(r -> r.id().equals(ruleSetId)).map(RuleSet::version).toList() + "."));
    }
}
