package org.brigreen.trafficlight.bench;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.brigreen.trafficlight.decision.DescriptorParser;
import org.brigreen.trafficlight.decision.DescriptorSchema;
import org.brigreen.trafficlight.rules.Assessment;
import org.brigreen.trafficlight.rules.RuleEngine;
import org.brigreen.trafficlight.rules.RuleSet;
import org.brigreen.trafficlight.rules.RuleSetCatalog;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Time to classify one project under a shipped rule-set version ({@code 2022.1} and {@code 2026.1}, or
 * {@code -p version=...}), per descriptor, averaged over the whole projects of the service's test table that every
 * shipped version decides ({@link ProjectMix}).
 * <ul>
 *   <li>{@link #assess()}: the rule engine alone, {@code RuleEngine.assess} on facts derived at setup.</li>
 *   <li>{@link #parseAndAssess()}: what the service does with a request body before it logs the decision:
 *       {@code DescriptorParser.parse}, {@code facts}, then {@code RuleEngine.assess}.</li>
 * </ul>
 * The rules are loaded from the service's rules folder with the service's own catalog, and setup fails unless every
 * project of the table gets the class its test expects.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
public class EngineBenchmark {

    @Param({"2022.1", "2026.1"})
    public String version;

    private DescriptorParser parser;
    private RuleSet ruleSet;
    private ProjectMix mix;

    @Setup
    public void load() throws IOException {
        parser = Wiring.descriptorParser();
        RuleSetCatalog catalog = new RuleSetCatalog(Wiring.RULES, Wiring.RULE_SET_ID, parser);
        ruleSet = catalog.select(Wiring.RULE_SET_ID, version, LocalDate.now(ZoneOffset.UTC));
        ProjectMix table = ProjectMix.read(Wiring.PROJECTS, parser);
        table.verify(catalog);
        mix = table.decidedByAll(catalog.all());
        System.out.printf("%n%s%n", mix.outcomes(ruleSet));
    }

    @Benchmark
    public Assessment assess() {
        return RuleEngine.assess(ruleSet, mix.next().facts());
    }

    @Benchmark
    public Assessment parseAndAssess() {
        return RuleEngine.assess(ruleSet, DescriptorSchema.PROJECT.facts(parser.parse(mix.next().body())));
    }
}
