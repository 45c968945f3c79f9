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
import org.brigreen.trafficlight.tlog.CanonicalJson;

/**
 * A decision as the log keeps it: RFC 8785 canonical JSON (sorted keys, no insignificant white space, numbers in
 * their shortest form), so that the same decision always has the same bytes and the same hash.
 * <p>
 * The record format has a mapper of its own, configured here and nowhere else: the {@code quarkus.jackson.*}
 * properties that shape the API's answers cannot change the bytes of a new record or the reading of an old one.
 * {@code RecordFormatTest} holds records logged by an earlier build to this.
 */
@ApplicationScoped
public class DecisionCodec {

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
}
