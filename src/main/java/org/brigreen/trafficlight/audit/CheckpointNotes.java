package org.brigreen.trafficlight.audit;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigurationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import org.brigreen.trafficlight.tlog.CheckpointNote;
import org.brigreen.trafficlight.tlog.LogVerifier;
import org.brigreen.trafficlight.tlog.SignedCheckpoint;

/**
 * Stored checkpoints in the transparency-log standard ({@link CheckpointNote}), signed by the audit signing key under
 * the log's name ({@code traffic-light.audit.log-name}).
 * <p>
 * The note is signed when it is served, not stored: Ed25519 (RFC 8032) is deterministic, so the same checkpoint gives
 * the same note, byte for byte, every time and on every instance with the same key. Only a stored checkpoint whose own
 * signature verifies with the same key gets a note, so the note signs nothing the key did not already sign: a row
 * written into the checkpoint table by other hands is refused, not laundered.
 */
@ApplicationScoped
public class CheckpointNotes {

    static final String LOG_NAME_PROPERTY = "traffic-light.audit.log-name";

    private final AuditSigningKey key;
    private final String logName;

    CheckpointNotes(AuditSigningKey key, AuditConfig config) {
        this.key = key;
        this.logName = config.logName();
    }

    void checkLogName(@Observes StartupEvent event) {
        CheckpointNote.problemWithName(logName).ifPresent(problem -> {
            throw new ConfigurationException("The log name " + LOG_NAME_PROPERTY + " '" + logName + "' " + problem);
        });
    }

    /**
     * The checkpoint as a signed note.
     *
     * @throws LogDamagedException when the stored checkpoint is not signed by the service's key
     */
    public String note(SignedCheckpoint checkpoint) {
        if (!checkpoint.isSignedBy(key.publicKey())) {
            throw new LogDamagedException(new LogVerifier.Failure(checkpoint.treeSize(),
                    LogVerifier.Reason.BAD_SIGNATURE, "the checkpoint of tree size " + checkpoint.treeSize()
                            + " is not signed by the service's key."));
        }
        String text = CheckpointNote.text(logName, checkpoint.treeSize(), checkpoint.rootHash());
        byte[] signature = key.sign(text.getBytes(StandardCharsets.UTF_8));
        return CheckpointNote.signed(text, logName, key.publicKey(), signature);
    }

    /** The log's name: the origin of its notes and the name of their key. */
    public String logName() {
        return logName;
    }

    /** The key that signs the notes, as the notes' tools read it. */
    public String verifierKey() {
        return CheckpointNote.verifierKey(logName, key.publicKey());
    }
}
