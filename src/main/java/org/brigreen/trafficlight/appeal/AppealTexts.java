package org.brigreen.trafficlight.appeal;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The appeals pages' texts: English by default, Chinese in {@code messages/appealmsg_zh.properties}; templates read them as
 * {@code {appealmsg:key}}. A bundle of their own keeps each bundle's generated resolver small.
 */
@MessageBundle(value = "appealmsg", locale = "en")
public interface AppealTexts {

    // Appeals: the decision page's appeals and filing form, and the list of appeals with the regulator's rulings

    @Message("Appeals against decisions")
    String appeals_task();

    @Message("Appeals")
    String appeals_heading();

    @Message("Every organisation's appeals, newest first. Rule on each pending one: uphold it, which makes a new "
            + "decision from the corrected facts under the appealed decision's rule-set version and supersedes the "
            + "appealed one, or dismiss it with your reasons.")
    String appeals_introRules();

    @Message("Your organisation's appeals, newest first. To appeal a decision, open it and use the form at the end of "
            + "its page.")
    String appeals_introOwn();

    @Message("There are no appeals.")
    String appeals_none();

    @Message("{count} {count == 1L ? 'appeal is' : 'appeals are'} waiting for a ruling.")
    String appeals_pendingCount(long count);

    @Message("{#when state}{#is 'pending'}Pending{#is 'upheld'}Upheld{#is 'dismissed'}Dismissed{/when}")
    String appeals_state(String state);

    @Message("Appeal against the decision on {reference}")
    String appeals_against(String reference);

    @Message("Appeal against a decision without a project reference")
    String appeals_againstNoReference();

    @Message("State")
    String appeals_stateLabel();

    @Message("Filed")
    String appeals_filedLabel();

    @Message("Organisation")
    String appeals_orgLabel();

    @Message("What was wrong")
    String appeals_statementLabel();

    @Message("Decision appealed")
    String appeals_decisionLabel();

    @Message("Open the appealed decision")
    String appeals_openDecision();

    @Message("Ruled")
    String appeals_ruledLabel();

    @Message("Reasons")
    String appeals_reasonsLabel();

    @Message("New decision")
    String appeals_newDecisionLabel();

    @Message("Open the new decision")
    String appeals_openNewDecision();

    @Message("Rule on this appeal")
    String appeals_ruleHeading();

    @Message("Outcome")
    String appeals_outcomeLegend();

    @Message("Uphold: decide again from the corrected facts")
    String appeals_uphold();

    @Message("Dismiss: the decision stands")
    String appeals_dismiss();

    @Message("Reasons (the organisation reads them; the log keeps them)")
    String appeals_reasonsField();

    @Message("Record the ruling")
    String appeals_ruleSubmit();

    @Message("Refused:")
    String appeals_refused();

    @Message("{#when type}{#is 'appeal-pending'}This decision already has a pending appeal: a decision has "
            + "one at a time.{#is 'decision-superseded'}This decision is superseded by the decision made when "
            + "an appeal against it was upheld: appeal that decision instead.{#is 'appeal-ruled'}This appeal "
            + "was ruled on otherwise already; a ruling is final.{/when}")
    String appeals_conflict(String type);

    @Message("This decision was made when an appeal was upheld, from the corrected facts; it supersedes the "
            + "decision appealed.")
    String appeals_supersedes();

    @Message("Open the superseded decision")
    String appeals_openSuperseded();

    @Message("No appeal has been filed against this decision.")
    String appeals_sectionNone();

    @Message("Every appeal")
    String appeals_viewAll();

    @Message("Appeal this decision")
    String appeals_fileHeading();

    @Message("If facts decided were wrong, say what was wrong and give the facts as they should have been. A "
            + "regulator rules: upheld, a new decision is made from your facts under the same rule-set "
            + "version; dismissed, this decision stands and you are told why.")
    String appeals_fileIntro();

    @Message("What was wrong")
    String appeals_statementField();

    @Message("At most 4000 characters.")
    String appeals_statementHint();

    @Message("The corrected facts (the project descriptor, as JSON)")
    String appeals_descriptorField();

    @Message("The facts decided, as the API takes them: change those that were wrong; the project reference stays.")
    String appeals_descriptorHint();

    @Message("File the appeal")
    String appeals_fileSubmit();

    @Message("The appeal was not filed")
    String appeals_notFiledHeading();

    @Message("Correct what is marked and file it again.")
    String appeals_notFiledIntro();

    @Message("Back to the decision")
    String appeals_backToDecision();
}
