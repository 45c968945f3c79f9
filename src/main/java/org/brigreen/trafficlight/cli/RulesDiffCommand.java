package org.brigreen.trafficlight.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.brigreen.trafficlight.rules.Effect;
import org.brigreen.trafficlight.rules.LocalizedText;
import org.brigreen.trafficlight.rules.ParameterDefinition;
import org.brigreen.trafficlight.rules.RuleDefinition;
import org.brigreen.trafficlight.rules.RuleSet;
import org.brigreen.trafficlight.rules.RuleSetDiff;
import org.brigreen.trafficlight.rules.RuleSetLoader.VersionCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * What changed from one rule-set version to another, read from their files: the service's {@link RuleSetDiff} (rules
 * added, removed and changed, parameters), and the reference layers the versions screen sites against.
 */
@Command(name = "diff",
        description = "Shows what changed from version A to version B of a rule set: rules added, removed and "
                + "changed (condition, effect, parameters, messages), parameters and site layers.")
final class RulesDiffCommand implements Callable<Integer> {

    @Mixin
    HelpOption help;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A", description = "the version before, such as 2026.1")
    String from;

    @Parameters(index = "1", paramLabel = "B", description = "the version after, such as 2026.2")
    String to;

    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules",
            description = "the rules folder (default: ${DEFAULT-VALUE})")
    Path root;

    @Option(names = "--ruleset", paramLabel = "ID", defaultValue = "bri-traffic-light",
            description = "the rule set (default: ${DEFAULT-VALUE})")
    String ruleSetId;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<VersionCheck> checks = RuleSetFolders.loader().checkAll(root);
        VersionCheck before = version(checks, from);
        VersionCheck after = version(checks, to);
        if (!before.passed() || !after.passed()) {
            out.println("FAIL the versions must load to be compared:");
            List.of(before, after).forEach(check -> check.problems().forEach(problem -> out.println("  " + problem)));
            return ExitCodes.FAILED;
        }
        print(RuleSetDiff.between(before.ruleSet().orElseThrow(), after.ruleSet().orElseThrow()),
                before.ruleSet().get(), after.ruleSet().get(), out);
        return ExitCodes.OK;
    }

    private VersionCheck version(List<VersionCheck> checks, String version) {
        Path folder = root.resolve(ruleSetId).resolve(version);
        return checks.stream().filter(check -> check.folder().equals(folder)).findFirst()
                .orElseThrow(() -> new ParameterException(spec.commandLine(), "there is no version '" + version
                        + "' of rule set '" + ruleSetId + "' in " + root + "; there are: " + checks.stream()
                        .map(check -> root.relativize(check.folder()).toString()).toList()));
    }

    private static void print(RuleSetDiff diff, RuleSet before, RuleSet after, PrintWriter out) {
        out.println(diff.from().id() + " " + diff.from().version() + " (" + diff.from().digest() + ") -> "
                + diff.to().version() + " (" + diff.to().digest() + ")");
        section(out, "Rules added", diff.addedRules().stream().map(rule -> "+ " + describe(rule)).toList());
        section(out, "Rules removed", diff.removedRules().stream().map(rule -> "- " + describe(rule)).toList());
        section(out, "Rules changed", diff.changedRules().stream().map(RulesDiffCommand::describe).toList());
        section(out, "Parameters added", diff.addedParameters().entrySet().stream()
                .map(parameter -> "+ " + parameter.getKey() + " = " + value(parameter.getValue())).toList());
        section(out, "Parameters removed", diff.removedParameters().entrySet().stream()
                .map(parameter -> "- " + parameter.getKey() + " = " + value(parameter.getValue())).toList());
        section(out, "Parameters changed", diff.changedParameters().entrySet().stream()
                .map(parameter -> "~ " + parameter.getKey() + ": " + value(parameter.getValue().from()) + " -> "
                        + value(parameter.getValue().to())).toList());
        section(out, "Site layers", siteLayers(before.manifest().siteLayers(), after.manifest().siteLayers()));
    }

    private static void section(PrintWriter out, String title, List<String> lines) {
        out.println(title + " (" + lines.size() + ")" + (lines.isEmpty() ? "" : ":"));
        lines.forEach(line -> out.println("  " + line.replace("\n", "\n    ")));
    }

    private static String describe(RuleDefinition rule) {
        return rule.id() + " [" + (rule.objective() == null ? "no objective" : rule.objective().wireName()) + ", "
                + effect(rule.effect()) + "]\n  when: " + collapsed(rule.when());
    }

    private static String describe(RuleSetDiff.RuleChange change) {
        StringBuilder text = new StringBuilder("~ " + change.id() + ": " + change.aspects().stream()
                .map(RuleSetDiff.Aspect::wireName).collect(Collectors.joining(", ")));
        if (!collapsed(change.from().when()).equals(collapsed(change.to().when()))) {
            text.append("\n  when before: ").append(collapsed(change.from().when()))
                    .append("\n  when after:  ").append(collapsed(change.to().when()));
        }
        if (!change.from().effect().equals(change.to().effect())) {
            text.append("\n  effect: ").append(effect(change.from().effect())).append(" -> ")
                    .append(effect(change.to().effect()));
        }
        if (!english(change.from().message()).equals(english(change.to().message()))) {
            text.append("\n  message before: ").append(english(change.from().message()))
                    .append("\n  message after:  ").append(english(change.to().message()));
        }
        return text.toString();
    }

    private static String effect(Effect effect) {
        return effect.changesNothing() ? "actions only" : JSON.valueToTree(effect).toString();
    }

    private static String english(LocalizedText text) {
        return text == null ? "" : text.en();
    }

    private static String value(ParameterDefinition parameter) {
        JsonNode value = parameter.value();
        return (value == null ? "the values of " + parameter.file() : value.toString()) + " (" + parameter.type() + ")";
    }

    private static List<String> siteLayers(Map<String, String> before, Map<String, String> after) {
        TreeSet<String> names = new TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        return names.stream().filter(name -> !Objects.equals(before.get(name), after.get(name)))
                .map(name -> before.get(name) == null ? "+ " + name + " " + after.get(name)
                        : after.get(name) == null ? "- " + name + " " + before.get(name)
                        : "~ " + name + ": " + before.get(name) + " -> " + after.get(name))
                .toList();
    }

    private static String collapsed(String expression) {
        return expression == null ? "" : expression.strip().replaceAll("\\s+", " ");
    }
}
