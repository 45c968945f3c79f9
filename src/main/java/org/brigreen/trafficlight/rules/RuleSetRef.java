package org.brigreen.trafficlight.rules;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Names exactly one rule-set version: id, version and the digest of its content. */
@Schema(description = "The rule-set version that decided: id, version and the SHA-256 digest of its files.")
public record RuleSetRef(
        @Schema(description = "Rule-set id.", example = "bri-traffic-light")
        String id,

        @Schema(description = "Version within the rule set.", example = "2022.1")
        String version,

        @Schema(description = "SHA-256 digest of the version's files, as sha256:<hex>.",
                example = "sha256:3f1c9a0e8b7d6c5f4e3d2c1b0a9f8e7d6c5b4a39281706f5e4d3c2b1a0f9e8d7")
        String digest) {
}
