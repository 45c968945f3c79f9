package org.brigreen.trafficlight.appeal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.enterprise.context.ApplicationScoped;
import org.brigreen.trafficlight.tlog.CanonicalJson;

/**
 * Version 1 of the record of an appeal's step: RFC 8785 canonical JSON, as decision records are, with a top-level
 * {@code kind} that no decision record has. Its bytes never change once hashed into the chain, so its mapper is
 * configured here in code, like {@link org.brigreen.trafficlight.decisionlog.DecisionRecordV1}'s, and no application
 * property shapes it. It is its own copy of that configuration, not a shared one: each record format is pinned by
 * itself, so that a new format of one kind of record can never change the bytes of the other.
 */
@ApplicationScoped
public class AppealRecordV1 {

    private static final ObjectMapper RECORD_FORMAT = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new Jdk8Module())
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public String canonical(AppealStep step) {
        return CanonicalJson.of(RECORD_FORMAT.valueToTree(step));
    }

    public AppealStep decode(String record) {
        try {
            return RECORD_FORMAT.readValue(record, AppealStep.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a logged record cannot be read as the step of an appeal", e);
        }
    }
}
