package org.brigreen.trafficlight.decisionlog;

import java.time.Instant;
import org.brigreen.trafficlight.decision.Sector;
import org.brigreen.trafficlight.rules.TrafficLight;

/**
 * Which logged decisions to read: every criterion that is not null must hold (AND). The records come in sequence
 * order, starting after {@code afterSeq}.
 *
 * @param from           decided at or after this instant (inclusive)
 * @param to             decided before this instant (exclusive)
 * @param trafficLight   the class given
 * @param excluded       whether the project was excluded from financing
 * @param sector         the project's sector
 * @param country        the project's ISO 3166-1 alpha-2 country code
 * @param ruleSetId      the rule set that decided
 * @param ruleSetVersion the version of the rule set that decided
 * @param reference      the caller's reference, exactly
 * @param org            the organisation that asked for the decision (records without one never match)
 * @param superseded     whether a later decision supersedes it, after an appeal against it was upheld
 * @param afterSeq       only records with a greater sequence number; 0 for the whole log
 */
public record LogFilter(Instant from, Instant to, TrafficLight trafficLight, Boolean excluded, Sector sector,
        String country, String ruleSetId, String ruleSetVersion, String reference, String org, Boolean superseded,
        long afterSeq) {

    public LogFilter {
        if (afterSeq < 0) {
            throw new IllegalArgumentException("afterSeq must not be negative");
        }
    }

    /** Any organisation's decisions. */
    public LogFilter(Instant from, Instant to, TrafficLight trafficLight, Boolean excluded, Sector sector,
            String country, String ruleSetId, String ruleSetVersion, String reference, long afterSeq) {
        this(from, to, trafficLight, excluded, sector, country, ruleSetId, ruleSetVersion, reference, null, null,
                afterSeq);
    }

    /** The whole log. */
    public static LogFilter all() {
        return new LogFilter(null, null, null, null, null, null, null, null, null, 0);
    }

    /** The decisions made in [from, to); either end may be null for an open end. */
    public static LogFilter decidedBetween(Instant from, Instant to) {
        return new LogFilter(from, to, null, null, null, null, null, null, null, 0);
    }

    /**
     * Whether this filter selects a stretch of the whole log and nothing else: no criterion but the time and sequence
     * bounds, and any organisation's. Such a stretch holds the steps of appeals too, which lie between the decisions in
     * the same chain.
     */
    public boolean isStretch() {
        return trafficLight == null && excluded == null && sector == null && country == null && ruleSetId == null
                && ruleSetVersion == null && reference == null && org == null && superseded == null;
    }

    /** This filter, continued after the record with sequence number {@code seq}. */
    public LogFilter after(long seq) {
        return new LogFilter(from, to, trafficLight, excluded, sector, country, ruleSetId, ruleSetVersion, reference,
                org, superseded, seq);
    }

    /** This filter, narrowed to the decisions of organisation {@code organisation}; null leaves it as it is. */
    public LogFilter withOrg(String organisation) {
        return organisation == null ? this : new LogFilter(from, to, trafficLight, excluded, sector, country,
                ruleSetId, ruleSetVersion, reference, organisation, superseded, afterSeq);
    }

    /** This filter, narrowed to decisions that are (or are not) superseded; null leaves it as it is. */
    public LogFilter withSuperseded(Boolean isSuperseded) {
        return isSuperseded == null ? this : new LogFilter(from, to, trafficLight, excluded, sector, country,
                ruleSetId, ruleSetVersion, reference, org, isSuperseded, afterSeq);
    }
}
