package org.brigreen.trafficlight.decisionlog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.brigreen.trafficlight.classification.Decision;
import org.brigreen.trafficlight.classification.DecisionLog;
import org.brigreen.trafficlight.classification.DecisionLogUnavailableException;
import org.brigreen.trafficlight.classification.ProjectDescriptor;
import org.brigreen.trafficlight.rules.Assessment;
import org.brigreen.trafficlight.rules.RuleSetRef;

/** The decision log in PostgreSQL: one committed transaction per decision. */
@ApplicationScoped
class PostgresDecisionLog implements DecisionLog {

    private final ObjectMapper mapper;

    PostgresDecisionLog(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void append(Decision decision) {
        DecisionRecord record = toRecord(decision);
        try {
            QuarkusTransaction.requiringNew().run(record::persist);
        } catch (RuntimeException e) {
            throw new DecisionLogUnavailableException(
                    "The decision could not be recorded, so it is not given. Retry shortly.", e);
        }
    }

    @Override
    public Optional<Decision> find(UUID id) {
        DecisionRecord record;
        try {
            record = QuarkusTransaction.requiringNew().call(() -> DecisionRecord.<DecisionRecord>findById(id));
        } catch (RuntimeException e) {
            throw new DecisionLogUnavailableException("The decision log cannot be read right now. Retry shortly.", e);
        }
        return Optional.ofNullable(record).map(this::toDecision);
    }

    private DecisionRecord toRecord(Decision decision) {
        DecisionRecord record = new DecisionRecord();
        record.id = decision.id();
        record.decidedAt = decision.decidedAt();
        record.ruleSetId = decision.ruleSet().id();
        record.ruleSetVersion = decision.ruleSet().version();
        record.ruleSetDigest = decision.ruleSet().digest();
        record.trafficLight = mapper.convertValue(decision.assessment().trafficLight(), String.class);
        record.excluded = decision.assessment().excluded();
        record.reference = decision.descriptor().reference();
        record.country = decision.descriptor().country();
        record.sector = mapper.convertValue(decision.descriptor().sector(), String.class);
        record.descriptor = json(decision.descriptor());
        record.assessment = json(decision.assessment());
        return record;
    }

    private Decision toDecision(DecisionRecord record) {
        try {
            return new Decision(record.id, record.decidedAt,
                    mapper.readValue(record.descriptor, ProjectDescriptor.class),
                    new RuleSetRef(record.ruleSetId, record.ruleSetVersion, record.ruleSetDigest),
                    mapper.readValue(record.assessment, Assessment.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("decision " + record.id + " cannot be read back", e);
        }
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
