package org.brigreen.trafficlight.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.util.UUID;

/**
 * A portfolio screening begun: its batch recorded, its descriptors counted, its results still to be written. The
 * batch API and the lender's portfolio page screen through the same {@link PortfolioScreening#begin}.
 *
 * @param batchId the batch, summarised at {@code /v1/batches/{batchId}}
 * @param lines   how many descriptors the body holds, valid or not: one result is written for each
 * @param results writes the results, one NDJSON line per descriptor, each once its decision is recorded
 */
public record Screening(UUID batchId, int lines, Results results) {

    /** The results of a screening, written as they are decided and recorded. */
    @FunctionalInterface
    public interface Results {
        void writeTo(OutputStream out) throws IOException;
    }
}
