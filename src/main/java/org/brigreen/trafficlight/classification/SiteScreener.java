package org.brigreen.trafficlight.classification;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import org.brigreen.trafficlight.decision.DescriptorSchema;
import org.brigreen.trafficlight.decision.ProjectDescriptor;
import org.brigreen.trafficlight.rules.Assessment;
import org.brigreen.trafficlight.rules.Facts;
import org.brigreen.trafficlight.rules.RuleEngine;
import org.brigreen.trafficlight.rules.RuleSet;
import org.brigreen.trafficlight.site.ScreenedSite;
import org.brigreen.trafficlight.layers.SiteLayers;

/**
 * Where a descriptor carries a location, the site facts computed from the reference layers its rule-set version names
 * decide in place of the declared ones; a decision, its replay and an evaluation all assess through here.
 */
@ApplicationScoped
public class SiteScreener {

    private static final String SITE = "site.";

    private final SiteLayers layers;

    SiteScreener(SiteLayers layers) {
        this.layers = layers;
    }

    /** The screening of the descriptor's location under {@code ruleSet}; null when the descriptor has none. */
    public ScreenedSite screen(ProjectDescriptor descriptor, RuleSet ruleSet) {
        if (descriptor.site() == null || descriptor.site().location() == null) {
            return null;
        }
        Map<String, JsonNode> declared = new LinkedHashMap<>();
        DescriptorSchema.PROJECT.facts(descriptor).json().forEach((name, value) -> {
            if (name.startsWith(SITE)) {
                declared.put(name.substring(SITE.length()), value);
            }
        });
        return layers.screen(descriptor.site().location(), ruleSet.manifest().siteLayers(), declared);
    }

    /** What {@code ruleSet} concludes of the project, with the site facts {@code screened} computed, if any. */
    public Assessment assess(ProjectDescriptor descriptor, RuleSet ruleSet, ScreenedSite screened) {
        return RuleEngine.assess(ruleSet, facts(descriptor, screened));
    }

    private static Facts facts(ProjectDescriptor descriptor, ScreenedSite screened) {
        if (screened == null || screened.facts().isEmpty()) {
            return DescriptorSchema.PROJECT.facts(descriptor);
        }
        Map<String, Object> computed = new LinkedHashMap<>();
        screened.facts().forEach((name, value) -> computed.put(SITE + name, value));
        return DescriptorSchema.PROJECT.facts(descriptor, computed);
    }
}
