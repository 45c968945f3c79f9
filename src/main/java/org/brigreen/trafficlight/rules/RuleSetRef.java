package org.brigreen.trafficlight.rules;

/** Names exactly one rule-set version: id, version and the digest of its content. */
public record RuleSetRef(
        String id,

        String version,

        String digest) {
}
