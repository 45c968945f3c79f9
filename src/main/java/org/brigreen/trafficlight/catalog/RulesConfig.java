package org.brigreen.trafficlight.catalog;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.nio.file.Path;

/** Where the rule-set versions are, and which rule set classifies when a request names none. */
@ConfigMapping(prefix = "traffic-light.rules")
public interface RulesConfig {

    /** The folder holding {@code <ruleset-id>/<version>/*.yaml}. */
    @WithDefault("rules")
    Path directory();

    /** The rule set a request is classified under when it names none. */
    @WithName("default-ruleset")
    @WithDefault("bri-traffic-light")
    String defaultRuleSet();
}
