package org.brigreen.trafficlight.bench;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.brigreen.trafficlight.decision.Caller;
import org.brigreen.trafficlight.decision.Decision;
import org.brigreen.trafficlight.decision.DescriptorParser;
import org.brigreen.trafficlight.decisionlog.DecisionRecordV1;
import org.brigreen.trafficlight.rules.RuleEngine;
import org.brigreen.trafficlight.rules.RuleSet;
import org.brigreen.trafficlight.rules.RuleSetCatalog;
import org.brigreen.trafficlight.tlog.LogHashes;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What the decision log costs a single classification on the CPU, per decision of the project mix ({@link ProjectMix})
 * decided under 2022.1:
 * <ul>
 *   <li>{@link #record()}: the canonical record and its entry hash, made by the request's thread before the log's
 *       writer chains it.</li>
 *   <li>{@link #answer()}: the decision read back from its record, which the answer is made from.</li>
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
public class RecordBenchmark {

    private DecisionRecordV1 codec;
    private Decision[] decisions;
    private String[] records;
    private int next;

    @Setup
    public void decide() throws IOException {
        DescriptorParser parser = Wiring.descriptorParser();
        RuleSetCatalog catalog = new RuleSetCatalog(Wiring.RULES, Wiring.RULE_SET_ID, parser);
        RuleSet ruleSet = catalog.select(Wiring.RULE_SET_ID, "2022.1", LocalDate.now(ZoneOffset.UTC));
        ProjectMix mix = ProjectMix.read(Wiring.PROJECTS, parser);
        codec = new DecisionRecordV1();
        Caller caller = new Caller("bench-bank", "bench-user", Caller.LOAN_SCREENING);
        decisions = new Decision[mix.size()];
        records = new String[mix.size()];
        for (int i = 0; i < decisions.length; i++) {
            ProjectMix.Sample sample = mix.next();
            decisions[i] = new Decision(UUID.randomUUID(), Instant.now().truncatedTo(ChronoUnit.MICROS),
                    parser.parse(sample.body()), ruleSet.ref(), RuleEngine.assess(ruleSet, sample.facts()), caller,
                    null);
            records[i] = codec.canonical(decisions[i]);
        }
    }

    @Benchmark
    public byte[] record() {
        return LogHashes.entryHash(codec.canonical(decisions[nextIndex()]));
    }

    @Benchmark
    public Decision answer() {
        return codec.decode(records[nextIndex()]);
    }

    private int nextIndex() {
        next = (next + 1) % decisions.length;
        return next;
    }
}
