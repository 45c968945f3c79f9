package org.brigreen.trafficlight.cli;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The rule-set version a request asks for, as the API's {@code ruleset} and {@code version} query parameters. */
final class RuleSetSelection {

    @Option(names = "--version", paramLabel = "V", description = "the rule-set version; default: the default version")
    String version;

    @Option(names = "--ruleset", paramLabel = "ID", description = "the rule set; default: the service's default")
    String ruleSet;

    /** The query string for {@code path}: empty, or starting with {@code ?}. */
    String query() {
        List<String> parameters = new ArrayList<>();
        if (ruleSet != null) {
            parameters.add("ruleset=" + URLEncoder.encode(ruleSet, StandardCharsets.UTF_8));
        }
        if (version != null) {
            parameters.add("version=" + URLEncoder.encode(version, StandardCharsets.UTF_8));
        }
        return parameters.isEmpty() ? "" : "?" + String.join("&", parameters);
    }
}
