package org.brigreen.trafficlight.decisionlog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * A row of the decision log, for reading: rows are written only by {@link ChainedDecisionLog}, and never changed.
 */
@Entity
@Immutable
@Table(name = "decision")
class DecisionRecord extends PanacheEntityBase {

    @Id
    long seq;

    UUID id;

    @Column(name = "decided_at")
    Instant decidedAt;

    @Column(name = "ruleset_id")
    String ruleSetId;

    @Column(name = "ruleset_version")
    String ruleSetVersion;

    @Column(name = "ruleset_digest")
    String ruleSetDigest;

    @Column(name = "traffic_light")
    String trafficLight;

    boolean excluded;

    String reference;

    String country;

    String sector;

    String record;

    @Column(name = "entry_hash")
    byte[] entryHash;

    @Column(name = "chain_hash")
    byte[] chainHash;
}
