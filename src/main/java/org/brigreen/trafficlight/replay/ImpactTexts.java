package org.brigreen.trafficlight.replay;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The impact page's texts: English by default, Chinese in {@code messages/impactmsg_zh.properties}; templates read them as
 * {@code {impactmsg:key}}. A bundle of their own keeps each bundle's generated resolver small.
 */
@MessageBundle(value = "impactmsg", locale = "en")
public interface ImpactTexts {

    // Impact: what a rule-set version would change across the decisions of a period

    @Message("What a rule-set version would change")
    String impact_task();

    @Message("Impact of a rule-set version")
    String impact_heading();

    @Message("The recorded decisions of a period re-run under a version of the rule set, drafts included: how their "
            + "classes and exclusions would move. Nothing is recorded.")
    String impact_intro();

    @Message("The analysis")
    String impact_formHeading();

    @Message("{#when field}{#is 'version'}Version to measure{#is 'from'}Decided from (date, UTC){#is 'to'}Decided "
            + "until (date, UTC, included){#is 'decidedUnder'}Decided under version{/when}")
    String impact_fieldLabel(String field);

    @Message("Any version")
    String impact_anyVersion();

    @Message("draft")
    String impact_draft();

    @Message("A date left empty sets no limit on its side of the period.")
    String impact_periodHint();

    @Message("Run the analysis")
    String impact_run();

    @Message("Re-running the decisions of the period…")
    String impact_running();

    @Message("The analysis could not be run. Try again.")
    String impact_failed();

    @Message("What {version} would change")
    String impact_resultHeading(String version);

    @Message("{decisions} {decisions == 1L ? 'decision' : 'decisions'} re-run: {moved} would change class ({worse} to "
            + "a worse class, {better} to a better one), and {excludedChanged} would move into or out of exclusion.")
    String impact_summary(long decisions, long moved, long worse, long better, long excludedChanged);

    @Message("Decisions by the class recorded (rows) and the class under {version} (columns); a cell is darker as it "
            + "holds more decisions")
    String impact_matrixCaption(String version);

    @Message("Recorded ↓ · under {version} →")
    String impact_corner(String version);

    @Message("Sample decisions recorded {from} that would be {to}:")
    String impact_sampleLabel(String from, String to);

    @Message("decision")
    String impact_decision();

    @Message("Into and out of exclusion")
    String impact_exclusionHeading();

    @Message("Decisions whose exclusion from financing would change, or stay")
    String impact_exclusionCaption();

    @Message("Movement")
    String impact_movementColumn();

    @Message("Decisions")
    String impact_countColumn();

    @Message("Sample decisions")
    String impact_samplesColumn();

    @Message("{#when kind}{#is 'became'}Would become excluded{#is 'ceased'}Would no longer be excluded{#is 'stayed'}"
            + "Excluded, and would stay so{/when}")
    String impact_movement(String kind);
}
