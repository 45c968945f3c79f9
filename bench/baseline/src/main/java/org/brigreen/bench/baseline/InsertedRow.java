package org.brigreen.bench.baseline;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** One inserted row: a few short fields, like a small record of a project. */
@Entity
public class InsertedRow extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    public String reference;
    public String country;
    public String sector;
    public Instant createdAt;
}
