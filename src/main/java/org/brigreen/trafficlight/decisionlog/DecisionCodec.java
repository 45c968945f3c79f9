package org.brigreen.trafficlight.decisionlog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.brigreen.trafficlight.classification.Decision;

/**
 * A decision as the log keeps it: RFC 8785 canonical JSON (sorted keys, no insignificant white space, numbers in
 * their shortest form), so that the same decision always has the same bytes and the same hash.
 */
@ApplicationScoped
public class DecisionCodec {

    private final ObjectMapper mapper;

    public DecisionCodec(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public String canonical(Decision decision) {
        return CanonicalJson.of(mapper.valueToTree(decision));
    }

    public Decision decode(String record) {
        try {
            return mapper.readValue(record, Decision.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a logged record cannot be read as a decision", e);
        }
    }
}
