package org.brigreen.trafficlight.decision;

import java.time.Instant;
import java.util.UUID;
import org.brigreen.trafficlight.rules.Assessment;
import org.brigreen.trafficlight.rules.RuleSetRef;
import org.brigreen.trafficlight.site.ScreenedSite;

/**
 * A classification as it is recorded: what was asked, under which rules, what was concluded, and when.
 *
 * @param id     a UUIDv7, so that ids sort by time
 * @param caller who asked, and why; null in records made before callers were recorded
 * @param batch  the batch it was decided in (POST /v1/classifications/batch); null for a single classification
 * @param supersedes the decision this one replaces, when an appeal against that one was upheld; null otherwise, and
 *                   absent from the record then, so that records made before appeals keep their bytes
 * @param siteScreening the site facts computed from the descriptor's location, with the layers and features behind
 *                      them; null when it has no location, and absent from the record then, for the same reason
 */
public record Decision(UUID id, Instant decidedAt, ProjectDescriptor descriptor, RuleSetRef ruleSet,
        Assessment assessment, Caller caller, UUID batch, UUID supersedes, ScreenedSite siteScreening) {

    /**
     * The same decision, screened and assessed again under {@code ruleSet}: what a replay compares with the record.
     */
    public Decision reassessed(RuleSetRef ruleSet, ScreenedSite siteScreening, Assessment assessment) {
        return new Decision(id, decidedAt, descriptor, ruleSet, assessment, caller, batch, supersedes, siteScreening);
    }

    /** The same decision, made to replace {@code earlier}, against which an appeal was upheld. */
    public Decision superseding(UUID earlier) {
        return new Decision(id, decidedAt, descriptor, ruleSet, assessment, caller, batch, earlier, siteScreening);
    }
}
