package org.brigreen.trafficlight.batch;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.brigreen.trafficlight.decision.Caller;
import org.brigreen.trafficlight.decision.KeyClaim;
import org.brigreen.trafficlight.decision.TimeOrderedIds;
import org.brigreen.trafficlight.idempotency.IdempotencyKeyException;
import org.brigreen.trafficlight.idempotency.IdempotencyKeys;
import org.jboss.logging.Logger;

/**
 * A batch sent with an {@code Idempotency-Key}, under the rules of a single classification's: a retry with the same
 * key and body gets the first request's answer (the same batch, its {@code Location} and its results byte for byte)
 * and records nothing new; the key with another body is 422; a retry while the batch runs is 409. The key names its
 * batch as the batch is recorded, and keeps the batch's results once it has ended.
 */
@ApplicationScoped
class BatchIdempotency {

    private static final Logger LOG = Logger.getLogger(BatchIdempotency.class);

    private final IdempotencyKeys keys;
    private final PortfolioScreening screening;
    private final BatchStore store;

    BatchIdempotency(IdempotencyKeys keys, PortfolioScreening screening, BatchStore store) {
        this.keys = keys;
        this.screening = screening;
        this.store = store;
    }

    /**
     * The screening of the first request with this key: begun now when the key is new, else the one it began.
     *
     * @param header the Idempotency-Key header as sent
     * @throws IdempotencyKeyException when the key's batch is still running, was cut off, or the key was used for
     *                                 another request
     * @see PortfolioScreening#begin(Caller, String, byte[], String, String)
     */
    Screening once(Caller caller, String mediaType, byte[] body, String ruleSetId, String version, String header) {
        String key = IdempotencyKeys.key(header);
        PortfolioScreening.Portfolio portfolio = screening.read(caller, mediaType, body, ruleSetId, version);
        byte[] requestHash = IdempotencyKeys.requestHash(
                Arrays.asList(BatchResource.PATH, mediaType, ruleSetId, version), body);
        // A second round only when the batch ended between the reading of its key and of its row.
        for (int attempt = 0; attempt < 2; attempt++) {
            IdempotencyKeys.Claim claim = keys.claim(caller.org(), key, requestHash);
            if (claim instanceof IdempotencyKeys.Claimed claimed) {
                return begin(portfolio, claimed.claim());
            }
            if (claim instanceof IdempotencyKeys.BatchBegun begun && begun.results() != null) {
                return again(begun, portfolio.lines().size());
            }
            if (claim instanceof IdempotencyKeys.BatchBegun begun && !stillRunning(begun.batchId())) {
                if (attempt == 1) {
                    throw IdempotencyKeyException.batchCutOff(begun.batchId());
                }
                continue;
            }
            throw claim instanceof IdempotencyKeys.Reused ? IdempotencyKeyException.reused()
                    : IdempotencyKeyException.inFlight();
        }
        throw IdempotencyKeyException.inFlight();
    }

    private Screening begin(PortfolioScreening.Portfolio portfolio, KeyClaim claim) {
        UUID batchId = TimeOrderedIds.next();
        if (!keys.beginBatch(claim, batchId)) {
            throw IdempotencyKeyException.inFlight();
        }
        try {
            return screening.begin(portfolio, batchId, results -> keep(claim, batchId, results));
        } catch (RuntimeException e) {
            keys.release(claim);
            throw e;
        }
    }

    private void keep(KeyClaim claim, UUID batchId, byte[] results) {
        try {
            keys.answerBatch(claim, results);
        } catch (SQLException e) {
            LOG.warnf("The results of batch %s could not be kept for its Idempotency-Key: a retry will be told the "
                    + "batch was cut off. %s", batchId, e.getMessage());
        }
    }

    /** The batch's results, as they were written the first time. */
    private static Screening again(IdempotencyKeys.BatchBegun begun, int lines) {
        return new Screening(begun.batchId(), lines, out -> {
            try (InputStream results = new GZIPInputStream(new ByteArrayInputStream(begun.results()))) {
                results.transferTo(out);
            }
        });
    }

    /** Whether the batch is running, or not recorded yet: its request is still being served. */
    private boolean stillRunning(UUID batchId) {
        return store.find(batchId).map(found -> found.summary().status() == BatchStatus.RUNNING).orElse(true);
    }
}
