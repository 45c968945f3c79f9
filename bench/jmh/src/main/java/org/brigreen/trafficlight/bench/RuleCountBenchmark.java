package org.brigreen.trafficlight.bench;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.brigreen.trafficlight.decision.DescriptorParser;
import org.brigreen.trafficlight.rules.Assessment;
import org.brigreen.trafficlight.rules.RuleEngine;
import org.brigreen.trafficlight.rules.RuleSet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * How the time to assess one descriptor grows with the number of rules: {@code RuleEngine.assess} under generated
 * rule sets of {@link #ruleCount} rules ({@link SyntheticRuleSet}), written in the real rule-file format and loaded
 * by the real loader, which compiles every condition to CEL and runs every rule's examples. The descriptors are the
 * same mix as in {@link EngineBenchmark}, so the figures compare with the shipped rule set's.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
public class RuleCountBenchmark {

    @Param({"10", "100", "1000"})
    public int ruleCount;

    private RuleSet ruleSet;
    private ProjectMix mix;

    @Setup
    public void generateAndLoad() throws IOException {
        DescriptorParser parser = Wiring.descriptorParser();
        ruleSet = SyntheticRuleSet.load(ruleCount, parser);
        if (ruleSet.rules().size() != ruleCount) {
            throw new IllegalStateException("generated " + ruleCount + " rules, loaded " + ruleSet.rules().size());
        }
        mix = ProjectMix.read(Wiring.PROJECTS, parser);
        System.out.printf("%n%s%n", mix.outcomes(ruleSet));
    }

    @Benchmark
    public Assessment assess() {
        return RuleEngine.assess(ruleSet, mix.next().facts());
    }
}
