package org.brigreen.trafficlight.decisionlog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A row of the decision log. */
@Entity
@Table(name = "decision")
class DecisionRecord extends PanacheEntityBase {

    @Id
    UUID id;

    @Column(name = "decided_at", nullable = false)
    Instant decidedAt;

    @Column(name = "ruleset_id", nullable = false)
    String ruleSetId;

    @Column(name = "ruleset_version", nullable = false)
    String ruleSetVersion;

    @Column(name = "ruleset_digest", nullable = false)
    String ruleSetDigest;

    @Column(name = "traffic_light", nullable = false)
    String trafficLight;

    @Column(nullable = false)
    boolean excluded;

    String reference;

    @Column(nullable = false)
    String country;

    @Column(nullable = false)
    String sector;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    String descriptor;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    String assessment;
}
