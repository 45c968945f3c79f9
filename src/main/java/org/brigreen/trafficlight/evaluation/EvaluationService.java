package org.brigreen.trafficlight.evaluation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.brigreen.trafficlight.batch.BatchBody;
import org.brigreen.trafficlight.batch.BatchConfig;
import org.brigreen.trafficlight.batch.BatchLine;
import org.brigreen.trafficlight.classification.ClassificationService;
import org.brigreen.trafficlight.decision.ProjectDescriptor;
import org.brigreen.trafficlight.decisionlog.DecisionRecordV1;
import org.brigreen.trafficlight.rules.ContradictoryFactsException;
import org.brigreen.trafficlight.rules.Language;
import org.brigreen.trafficlight.rules.RuleSet;

/**
 * Evaluates projects under any rule-set version, drafts included, and records nothing: no decision, no batch, no
 * Idempotency-Key. A rule author tries a draft with it; a caller may see what a version would conclude. The
 * assessment is made exactly as a classification's, so that the two never disagree.
 */
@ApplicationScoped
public class EvaluationService {

    private static final byte[] NEWLINE = {'\n'};

    private final ClassificationService classification;
    private final DecisionRecordV1 recordFormat;
    private final ObjectWriter results;
    private final int chunkSize;

    EvaluationService(ClassificationService classification, DecisionRecordV1 recordFormat, ObjectMapper mapper,
            BatchConfig config) {
        this.classification = classification;
        this.recordFormat = recordFormat;
        this.results = mapper.writerFor(EvaluationBatchResult.class);
        this.chunkSize = config.chunkSize();
    }

    /**
     * The rule-set version a request asks for, drafts included.
     *
     * @param ruleSetId null for the default rule set
     * @param version   null for the version in effect today
     * @throws org.brigreen.trafficlight.rules.UnknownRuleSetException when there is no such rule set or version
     */
    public RuleSet ruleSet(String ruleSetId, String version) {
        return classification.ruleSet(ruleSetId, version);
    }

    public EvaluationAnswer evaluate(ProjectDescriptor descriptor, RuleSet ruleSet, Language language) {
        // A classification answers its decision as read back from the record: so does an evaluation, to the byte.
        return EvaluationAnswer.of(descriptor.reference(), ruleSet.ref(),
                recordFormat.asRecorded(classification.assess(descriptor, ruleSet)), language);
    }

    /**
     * Evaluates every line of {@code body} and writes one result per line to {@code out}, in input order: the
     * evaluation, or the problem that kept the line from one.
     */
    public void evaluateAll(BatchBody body, RuleSet ruleSet, Language language, OutputStream out)
            throws IOException {
        evaluateEach(body, ruleSet, language, evaluated -> {
            for (EvaluationBatchResult result : evaluated) {
                out.write(results.writeValueAsBytes(result));
                out.write(NEWLINE);
            }
            out.flush();
        });
    }

    /**
     * Evaluates every line of {@code body} and hands the results to {@code each}, in input order, a chunk at a time, so
     * that results flow while the rest of a large batch is evaluated.
     */
    public void evaluateEach(BatchBody body, RuleSet ruleSet, Language language, Chunks each) throws IOException {
        while (body.hasNext()) {
            List<BatchBody.UnreadLine> chunk = new ArrayList<>(chunkSize);
            while (body.hasNext() && chunk.size() < chunkSize) {
                chunk.add(body.next());
            }
            // The lines are independent: read and evaluated on every core, their order kept.
            each.accept(chunk.parallelStream().map(line -> evaluate(body, line.read(), ruleSet, language)).toList());
        }
    }

    /** Takes the results of a chunk of lines, in input order. */
    @FunctionalInterface
    public interface Chunks {
        void accept(List<EvaluationBatchResult> results) throws IOException;
    }

    private EvaluationBatchResult evaluate(BatchBody body, BatchLine line, RuleSet ruleSet, Language language) {
        if (line.descriptor() == null) {
            return EvaluationBatchResult.refused(line.number(), line.problem());
        }
        try {
            return EvaluationBatchResult.of(line.number(), evaluate(line.descriptor(), ruleSet, language));
        } catch (ContradictoryFactsException e) {
            return EvaluationBatchResult.refused(line.number(), body.refused(line.number(), e).problem());
        }
    }
}
