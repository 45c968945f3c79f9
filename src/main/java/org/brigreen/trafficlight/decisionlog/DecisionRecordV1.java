package org.brigreen.trafficlight.decisionlog;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.enterprise.context.ApplicationScoped;
import org.brigreen.trafficlight.decision.Decision;
import org.brigreen.trafficlight.rules.Assessment;
import org.brigreen.trafficlight.tlog.CanonicalJson;

/**
 * Version 1 of the decision record: a decision as the log keeps it, in RFC 8785 canonical JSON (sorted keys, no
 * insignificant white space, numbers in their shortest form), so that the same decision always has the same bytes and
 * the same hash.
 * <p>
 * The bytes of a V1 record never change: they are hashed into the log's chain and its signed checkpoints, and a
 * replay must give them back exactly. Its mapper is therefore configured here in code, and nowhere else, so that no
 * application property (the {@code quarkus.jackson.*} ones that shape the API's answers) can change the bytes of a new
 * record or the reading of an old one. {@code RecordFormatTest} holds records logged by an earlier build to this.
 * <p>
 * A decision that needs another format gets a {@code DecisionRecordV2} beside this one; V1 records stay readable
 * by this class as they are.
 */
@ApplicationScoped
public class DecisionRecordV1 {

    private static final ObjectMapper RECORD_FORMAT = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new Jdk8Module())
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public String canonical(Decision decision) {
        return CanonicalJson.of(RECORD_FORMAT.valueToTree(decision));
    }

    public Decision decode(String record) {
        try {
            return RECORD_FORMAT.readValue(record, Decision.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a logged record cannot be read as a decision", e);
        }
    }

    /**
     * {@code assessment} as a record keeps it, and so as a classification answers it, which is read back from its
     * record: the facts' keys sorted, their numbers in their shortest form (12, not 12.0). An evaluation, which is
     * never recorded, says it in the same words.
     */
    public Assessment asRecorded(Assessment assessment) {
        try {
            return RECORD_FORMAT.readValue(CanonicalJson.of(RECORD_FORMAT.valueToTree(assessment)), Assessment.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an assessment cannot be read back as it would be recorded", e);
        }
    }
}
