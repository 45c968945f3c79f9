package org.brigreen.trafficlight.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.brigreen.trafficlight.rules.RuleSet;
import org.brigreen.trafficlight.rules.RuleSetLoadException;
import org.brigreen.trafficlight.rules.RuleSetLoader.VersionCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Loads every rule-set version of a rules folder as the service does at start (read, check citations, languages and
 * parameters, compile, hash) and runs every rule's examples, reporting each version and each problem.
 */
@Command(name = "test",
        description = "Loads every rule-set version under DIR (<ruleset-id>/<version>/), checks it and runs every "
                + "rule's examples, as the service does at start; exits 1 when anything fails.")
final class RulesTestCommand implements Callable<Integer> {

    @Mixin
    HelpOption help;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "DIR", defaultValue = "rules",
            description = "the rules folder (default: ${DEFAULT-VALUE})")
    Path root;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        long started = System.nanoTime();
        List<VersionCheck> checks;
        try {
            checks = RuleSetFolders.loader().checkAll(root);
        } catch (RuleSetLoadException e) {
            e.problems().forEach(problem -> out.println("FAIL " + problem));
            return ExitCodes.FAILED;
        }
        if (checks.isEmpty()) {
            out.println("FAIL " + root + ": no rule-set versions (expected <ruleset-id>/<version>/ruleset.yaml)");
            return ExitCodes.FAILED;
        }
        checks.forEach(check -> report(check, out));
        long failed = checks.stream().filter(check -> !check.passed()).count();
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf(Locale.ROOT, "%d versions: %d passed, %d failed (%.1f s)%n", checks.size(),
                checks.size() - failed, failed, seconds);
        return failed == 0 ? ExitCodes.OK : ExitCodes.FAILED;
    }

    private static void report(VersionCheck check, PrintWriter out) {
        String outcome = check.passed() ? "PASS " : "FAIL ";
        if (check.ruleSet().isEmpty()) {
            out.println(outcome + check.folder() + ": not loaded, " + count(check.problems().size(), "problem"));
        } else {
            RuleSet ruleSet = check.ruleSet().get();
            int passed = check.examples() - check.failedExamples();
            String examples = check.failedExamples() == 0 ? count(check.examples(), "example") + " passed"
                    : passed + " of " + count(check.examples(), "example") + " passed, " + check.failedExamples()
                    + " failed";
            out.println(outcome + ruleSet.id() + " " + ruleSet.version() + " (" + ruleSet.manifest().status() + ", "
                    + ruleSet.digest() + "): " + count(ruleSet.rules().size(), "rule") + ", " + examples);
        }
        check.problems().forEach(problem -> out.println("  " + problem));
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
