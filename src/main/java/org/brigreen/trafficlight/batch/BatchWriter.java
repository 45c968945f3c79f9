package org.brigreen.trafficlight.batch;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.brigreen.trafficlight.decision.DecisionLogUnavailableException;
import org.jboss.logging.Logger;

/**
 * This service instance as the writer of its batches. It holds a session-level advisory lock on a random id of its own,
 * on a connection of its own, for as long as it runs, and each batch it starts records the id. PostgreSQL releases the
 * lock when the session ends, however the instance stops, so a running batch whose writer's lock can be taken will
 * never finish: at start, such batches are marked incomplete. Batches of other live instances on the same database
 * are left alone, as they hold their locks.
 * <p>
 * A lock rather than a heartbeat: it is released the moment its writer's session ends, and it is never mistaken for
 * a live writer that is merely slow, without a timeout to choose.
 */
@ApplicationScoped
class BatchWriter {

    private static final Logger LOG = Logger.getLogger(BatchWriter.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    static final String STOPPED = "The service stopped before it finished the batch: only the decisions counted here "
            + "were recorded, and the other lines were not classified. Classify them again.";

    private final AgroalDataSource dataSource;
    private final BatchStore store;
    private Connection session;
    private long id;

    BatchWriter(AgroalDataSource dataSource, BatchStore store) {
        this.dataSource = dataSource;
        this.store = store;
    }

    void atStart(@Observes StartupEvent event) {
        try {
            abandonOrphans();
        } catch (SQLException | DecisionLogUnavailableException e) {
            // The service serves all the same; the batches are looked for again at its next start.
            LOG.warnf("Batches left running by a stopped service could not be looked for: %s", e.getMessage());
        }
    }

    /**
     * The id that this instance's batches record as their writer; its lock is taken again, under a new id, if the
     * session that held it was lost.
     *
     * @throws DecisionLogUnavailableException when the database cannot be reached
     */
    synchronized long id() {
        try {
            if (session == null || !session.isValid(2)) {
                closeSession();
                session = dataSource.getConnection();
                id = lockNewId(session);
            }
            return id;
        } catch (SQLException e) {
            throw new DecisionLogUnavailableException("The batch cannot be recorded right now. Retry shortly.", e);
        }
    }

    /** Marks incomplete every running batch whose writer is gone; returns how many. */
    synchronized int abandonOrphans() throws SQLException {
        long self = id();
        List<UUID> orphans = store.running().stream()
                .filter(batch -> batch.writer() == null || batch.writer() != self && isGone(batch.writer()))
                .map(BatchStore.Running::id)
                .toList();
        int abandoned = store.abandon(orphans, STOPPED);
        if (abandoned > 0) {
            LOG.warnf("%d batches were left running by a service instance that stopped; they are incomplete now",
                    abandoned);
        }
        return abandoned;
    }

    @PreDestroy
    synchronized void stop() {
        closeSession();
    }

    /** Whether no session holds the writer's lock: taken for a moment to find out, then given back. */
    private boolean isGone(long writer) {
        try {
            if (!call(session, "select pg_try_advisory_lock(?)", writer)) {
                return false;
            }
            call(session, "select pg_advisory_unlock(?)", writer);
            return true;
        } catch (SQLException e) {
            throw new DecisionLogUnavailableException("The batches cannot be read right now.", e);
        }
    }

    private static long lockNewId(Connection connection) throws SQLException {
        long candidate;
        do {
            candidate = RANDOM.nextLong();
        } while (!call(connection, "select pg_try_advisory_lock(?)", candidate));
        return candidate;
    }

    private static boolean call(Connection connection, String sql, long key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, key);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }

    /** Gives the session back to the pool without its lock, which must not outlive this writer. */
    private void closeSession() {
        if (session == null) {
            return;
        }
        try (Connection closing = session) {
            if (closing.isValid(2)) {
                try (PreparedStatement unlock = closing.prepareStatement("select pg_advisory_unlock_all()")) {
                    unlock.execute();
                }
            }
        } catch (SQLException e) {
            LOG.debugf("The batch writer's lost session could not be closed: %s", e.getMessage());
        }
        session = null;
    }
}
