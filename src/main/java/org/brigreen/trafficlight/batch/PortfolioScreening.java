package org.brigreen.trafficlight.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.brigreen.trafficlight.classification.ClassificationService;
import org.brigreen.trafficlight.decision.Caller;
import org.brigreen.trafficlight.decision.Decision;
import org.brigreen.trafficlight.decision.DecisionLog;
import org.brigreen.trafficlight.decision.DecisionLogUnavailableException;
import org.brigreen.trafficlight.decision.DescriptorParser;
import org.brigreen.trafficlight.decision.RecordRefusedException;
import org.brigreen.trafficlight.decision.Recorded;
import org.brigreen.trafficlight.decision.RecordedDecision;
import org.brigreen.trafficlight.decision.TimeOrderedIds;
import org.brigreen.trafficlight.http.BodySizeLimit;
import org.brigreen.trafficlight.http.Problem;
import org.brigreen.trafficlight.http.ProblemType;
import org.brigreen.trafficlight.rules.ContradictoryFactsException;
import org.brigreen.trafficlight.rules.RuleSet;
import org.jboss.logging.Logger;

/**
 * Classifies a portfolio, line by line, and records every decision in the decision log before its result is written.
 * Lines go to the log in chunks, one transaction each; while one chunk commits, the next is classified and encoded.
 * A line whose record the log refuses for what it holds is left out of its chunk's transaction and answered with a
 * problem, like a line that is not a valid descriptor.
 */
@ApplicationScoped
public class PortfolioScreening {

    private static final Logger LOG = Logger.getLogger(PortfolioScreening.class);
    private static final byte[] NEWLINE = {'\n'};

    private final ClassificationService classification;
    private final DescriptorParser descriptors;
    private final DecisionLog decisionLog;
    private final BatchStore store;
    private final BatchWriter writer;
    private final ObjectWriter results;
    private final int chunkSize;
    private final DistributionSummary batchSizes;

    PortfolioScreening(ClassificationService classification, DescriptorParser descriptors, DecisionLog decisionLog,
            BatchStore store, BatchWriter writer, ObjectMapper mapper, MeterRegistry registry, BatchConfig config) {
        this.classification = classification;
        this.descriptors = descriptors;
        this.decisionLog = decisionLog;
        this.store = store;
        this.writer = writer;
        this.results = mapper.writerFor(BatchResult.class);
        this.chunkSize = config.chunkSize();
        this.batchSizes = DistributionSummary.builder("traffic_light.batch.lines")
                .description("Descriptors per batch received")
                .baseUnit("descriptors")
                .publishPercentileHistogram()
                .register(registry);
    }

    /**
     * Begins screening {@code body} for {@code caller}: checks the body as a whole, records the batch's arrival under
     * the version asked for, and gives the results to write.
     *
     * @param mediaType {@value BatchBody#CSV} or {@value BatchBody#NDJSON}
     * @param ruleSetId null for the default rule set
     * @param version   null for the version in effect today; a draft is refused
     * @throws org.brigreen.trafficlight.input.InvalidRequestException when the body as a whole is not a batch
     * @throws org.brigreen.trafficlight.input.TooLargeException       when it is larger than a batch may be
     * @throws DecisionLogUnavailableException                         when the batch cannot be recorded
     */
    public Screening begin(Caller caller, String mediaType, byte[] body, String ruleSetId, String version) {
        Portfolio portfolio = read(caller, mediaType, body, ruleSetId, version);
        Batch batch = start(TimeOrderedIds.next(), caller, portfolio.ruleSet(), portfolio.lines().size());
        return new Screening(batch.id(), portfolio.lines().size(),
                out -> screen(batch, portfolio.ruleSet(), portfolio.lines(), out));
    }

    /** A portfolio read and checked as a whole, under the version that will decide it, not yet screened. */
    record Portfolio(Caller caller, RuleSet ruleSet, BatchBody lines) {
    }

    /**
     * Reads {@code body} as a batch, as {@link #begin(Caller, String, byte[], String, String)} does before it records
     * anything.
     */
    Portfolio read(Caller caller, String mediaType, byte[] body, String ruleSetId, String version) {
        BodySizeLimit.checkBatch(body);
        RuleSet ruleSet = classification.decidingRuleSet(ruleSetId, version);
        return new Portfolio(caller, ruleSet, BatchBody.of(mediaType, body, descriptors, BatchResource.PATH));
    }

    /**
     * Records the arrival of the batch {@code batchId} of {@code portfolio}, and gives its results to write. Once they
     * are written, before the batch is noted as ended, {@code keeper} gets them, gzipped, to keep; their writing goes
     * on when the caller stops reading, so that what is kept is the whole batch.
     *
     * @throws DecisionLogUnavailableException when the batch cannot be recorded
     */
    Screening begin(Portfolio portfolio, UUID batchId, ResultsKeeper keeper) {
        Batch batch = start(batchId, portfolio.caller(), portfolio.ruleSet(), portfolio.lines().size());
        return new Screening(batch.id(), portfolio.lines().size(), out -> {
            KeptResults kept = new KeptResults(out);
            screen(batch, portfolio.ruleSet(), portfolio.lines(), kept, () -> keeper.keep(kept.gzipped()));
        });
    }

    /** Keeps the results of a batch, gzipped, as they were written. */
    @FunctionalInterface
    interface ResultsKeeper {
        void keep(byte[] gzipped);
    }

    /**
     * Records the batch's arrival, so that it can be summarised from the moment its first result is out.
     *
     * @throws DecisionLogUnavailableException when it cannot be recorded
     */
    Batch start(UUID batchId, Caller caller, RuleSet ruleSet, int lines) {
        Batch batch = new Batch(batchId, caller, ruleSet.ref(), Instant.now().truncatedTo(ChronoUnit.MICROS),
                lines);
        store.start(batch, writer.id());
        batchSizes.record(lines);
        return batch;
    }

    /**
     * Classifies every line of {@code body} and writes one result per line to {@code out}, in input order, each once
     * its decision is committed. When the log fails, the first line not recorded gets a 503 problem and the batch
     * stops there; a line whose record alone is refused gets a 400 problem, and the batch goes on.
     */
    void screen(Batch batch, RuleSet ruleSet, BatchBody body, OutputStream out) throws IOException {
        screen(batch, ruleSet, body, out, () -> { });
    }

    /** {@link #screen(Batch, RuleSet, BatchBody, OutputStream)}, running {@code ending} once the results are written. */
    private void screen(Batch batch, RuleSet ruleSet, BatchBody body, OutputStream out, Runnable ending)
            throws IOException {
        Chunk committing = null;
        int errors = 0;
        try {
            while (body.hasNext() || committing != null) {
                // The next chunk goes to the log while this one commits; it is recorded only if this one is.
                Chunk next = body.hasNext() ? classify(batch, ruleSet, body).submitTo(decisionLog, committing) : null;
                if (committing != null) {
                    errors += write(committing, committing.awaitCommit(), out);
                }
                committing = next;
            }
            finish(batch, errors, BatchStatus.COMPLETED, null, ending);
        } catch (DecisionLogUnavailableException e) {
            String detail = "The decision log could not record the decisions from line " + committing.firstLine()
                    + " on, so they are not given; classify those lines again.";
            write(BatchResult.refused(committing.firstLine(), Problem.of(ProblemType.DECISION_LOG_UNAVAILABLE,
                    "Service Unavailable", 503, detail, BatchResource.PATH)), out);
            finish(batch, errors + 1, BatchStatus.INCOMPLETE, detail, ending);
        } catch (IOException e) {
            finish(batch, errors, BatchStatus.INCOMPLETE, "The caller stopped reading the results.", () -> { });
            throw e;
        }
    }

    /** The next chunk of lines, classified but not recorded. */
    private Chunk classify(Batch batch, RuleSet ruleSet, BatchBody body) {
        List<BatchBody.UnreadLine> unread = new ArrayList<>(chunkSize);
        while (body.hasNext() && unread.size() < chunkSize) {
            unread.add(body.next());
        }
        // The lines are independent: read and classified on every core, their order kept.
        List<Classified> lines = unread.parallelStream().map(line -> classify(line.read(), batch, ruleSet)).toList();
        return new Chunk(lines, null);
    }

    private Classified classify(BatchLine line, Batch batch, RuleSet ruleSet) {
        if (line.descriptor() == null) {
            return new Classified(line, null);
        }
        try {
            return new Classified(line, classification.decide(line.descriptor(), ruleSet, batch.caller(), batch.id()));
        } catch (ContradictoryFactsException e) {
            return new Classified(BatchBody.refused(line.number(), e, BatchResource.PATH), null);
        }
    }

    /** A line with its decision; none if the line was refused. */
    private record Classified(BatchLine line, Decision decision) {
    }

    /** Lines in input order, with their decisions, and the commit of those decisions once submitted. */
    private record Chunk(List<Classified> lines, CompletableFuture<Recorded> committed) {

        Chunk submitTo(DecisionLog log, Chunk previous) {
            List<Decision> decisions = lines.stream().map(Classified::decision).filter(Objects::nonNull).toList();
            return new Chunk(lines, log.appendAll(decisions, previous == null ? null : previous.committed()));
        }

        Recorded awaitCommit() {
            try {
                return committed.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof DecisionLogUnavailableException unavailable ? unavailable
                        : new DecisionLogUnavailableException("The decisions were not recorded.", e.getCause());
            }
        }

        int firstLine() {
            return lines.get(0).line().number();
        }
    }

    /** Writes the chunk's results and says how many lines were refused. */
    private int write(Chunk chunk, Recorded recorded, OutputStream out) throws IOException {
        int refused = 0;
        for (Classified classified : chunk.lines()) {
            BatchLine line = classified.line();
            Optional<RecordedDecision> decision = classified.decision() == null ? Optional.empty()
                    : recorded.of(classified.decision());
            if (decision.isPresent()) {
                write(BatchResult.of(line.number(), decision.get()), out);
            } else {
                write(BatchResult.refused(line.number(), classified.decision() == null ? line.problem()
                        : BatchBody.refused(line.number(), new RecordRefusedException(), BatchResource.PATH).problem()),
                        out);
                refused++;
            }
        }
        out.flush();
        return refused;
    }

    private void write(BatchResult result, OutputStream out) throws IOException {
        out.write(results.writeValueAsBytes(result));
        out.write(NEWLINE);
    }

    /** Notes the batch's end, after {@code ending}: whoever waits for the end finds what ending did. */
    private void finish(Batch batch, int errors, BatchStatus status, String detail, Runnable ending) {
        ending.run();
        try {
            store.finish(batch.id(), errors, status, detail);
        } catch (SQLException e) {
            LOG.warnf("Batch %s ended %s but its end could not be noted: %s", batch.id(), status.wireName(),
                    e.getMessage());
        }
    }
}
